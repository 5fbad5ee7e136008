-- CreateTable
CREATE TABLE "TeamMember" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "engagement" TEXT NOT NULL,
    "fte" DOUBLE PRECISION NOT NULL,
    "levels" JSONB NOT NULL,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateOverride" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "option" TEXT NOT NULL,
    "rateKey" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "reason" TEXT,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetSettings" (
    "assessmentId" UUID NOT NULL,
    "years" INTEGER NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "exchangeRate" DOUBLE PRECISION NOT NULL,
    "minorDigits" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetSettings_pkey" PRIMARY KEY ("assessmentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_assessmentId_position_key" ON "TeamMember"("assessmentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RateOverride_assessmentId_option_rateKey_key" ON "RateOverride"("assessmentId", "option", "rateKey");

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RateOverride" ADD CONSTRAINT "RateOverride_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSettings" ADD CONSTRAINT "BudgetSettings_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "RfpDraft" (
    "assessmentId" UUID NOT NULL,
    "details" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RfpDraft_pkey" PRIMARY KEY ("assessmentId")
);

-- CreateTable
CREATE TABLE "IssuedRfp" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "issuedById" UUID NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pdf" BYTEA NOT NULL,
    "docx" BYTEA NOT NULL,
    "pdfSha256" TEXT NOT NULL,
    "docxSha256" TEXT NOT NULL,

    CONSTRAINT "IssuedRfp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IssuedRfp_assessmentId_version_key" ON "IssuedRfp"("assessmentId", "version");

-- AddForeignKey
ALTER TABLE "RfpDraft" ADD CONSTRAINT "RfpDraft_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedRfp" ADD CONSTRAINT "IssuedRfp_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

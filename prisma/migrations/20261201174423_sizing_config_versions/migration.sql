-- CreateTable
CREATE TABLE "SizingConfigVersion" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "yaml" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SizingConfigVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SizingConfigVersion_assessmentId_version_key" ON "SizingConfigVersion"("assessmentId", "version");

-- AddForeignKey
ALTER TABLE "SizingConfigVersion" ADD CONSTRAINT "SizingConfigVersion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

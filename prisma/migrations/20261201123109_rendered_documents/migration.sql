-- CreateTable
CREATE TABLE "RenderedDocument" (
    "key" TEXT NOT NULL,
    "assessmentId" UUID NOT NULL,
    "format" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenderedDocument_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RenderedDocument_assessmentId_createdAt_idx" ON "RenderedDocument"("assessmentId", "createdAt");

-- AddForeignKey
ALTER TABLE "RenderedDocument" ADD CONSTRAINT "RenderedDocument_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

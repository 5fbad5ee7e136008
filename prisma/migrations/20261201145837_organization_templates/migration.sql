-- DropIndex
DROP INDEX "TemplateVersion_templateKey_version_key";

-- AlterTable
ALTER TABLE "TemplateVersion" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "organizationId" UUID;

-- CreateIndex
CREATE INDEX "TemplateVersion_templateKey_idx" ON "TemplateVersion"("templateKey");

-- CreateIndex
CREATE UNIQUE INDEX "TemplateVersion_organizationId_templateKey_version_key" ON "TemplateVersion"("organizationId", "templateKey", "version");

-- AddForeignKey
ALTER TABLE "TemplateVersion" ADD CONSTRAINT "TemplateVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "Milestone" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Milestone_assessmentId_createdAt_idx" ON "Milestone"("assessmentId", "createdAt");

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Milestones are immutable: no UPDATE ever, and a DELETE only when its assessment is being deleted
-- (the foreign key's cascade runs after the assessment row is gone). The body is an E'' string with
-- \073 for each semicolon: the driver adapter that applies migrations splits scripts at semicolons.
CREATE FUNCTION "milestone_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = \'UPDATE\' THEN
    RAISE EXCEPTION \'A milestone cannot be changed.\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  IF EXISTS (SELECT 1 FROM "Assessment" WHERE id = OLD."assessmentId") THEN
    RAISE EXCEPTION \'A milestone cannot be deleted.\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  RETURN OLD\073
END\073
';

CREATE TRIGGER "Milestone_immutable" BEFORE UPDATE OR DELETE ON "Milestone"
  FOR EACH ROW EXECUTE FUNCTION "milestone_is_immutable"();

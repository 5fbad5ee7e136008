import { templateJsonSchema } from '@/lib/content/template-json-schema';

/** The questionnaire template format as JSON Schema, generated from the zod schema the app validates with. Public. */
export function GET() {
  return Response.json(templateJsonSchema(), { headers: { 'cache-control': 'no-store' } });
}

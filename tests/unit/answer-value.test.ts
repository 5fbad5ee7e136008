import { describe, expect, it } from 'vitest';
import { ZQuestion } from '@/lib/content/template-schema';
import { answerValueSchema } from '@/lib/schemas/answer-value';
import { ZSaveAnswer } from '@/lib/schemas/save-answer';

const q = (raw: Record<string, unknown>) => ZQuestion.parse({ id: 'commcare.p1.q', label: 'Q', ...raw });
const text = q({ kind: 'text', maxLength: 10 });
const num = q({ kind: 'number', min: 0, max: 100, integer: true });
const single = q({ kind: 'single', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] });
const multi = q({ kind: 'multi', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] });
const table = q({ kind: 'table', maxRows: 2, columns: [{ id: 'name', label: 'Name', kind: 'text' }, { id: 'users', label: 'Users', kind: 'number' }] });

describe('answer value schemas', () => {
  it.each<[string, ReturnType<typeof q>, unknown, string | null]>([
    ['text', text, 'hello', null],
    ['text with markup is stored as text', text, '<b>x</b>', null],
    ['text too long', text, 'x'.repeat(11), 'At most 10 characters.'],
    ['text wrong type', text, 42, 'Enter text.'],
    ['null clears', text, null, null],
    ['number', num, 42, null],
    ['number below min', num, -1, 'Enter at least 0.'],
    ['number above max', num, 101, 'Enter at most 100.'],
    ['number not whole', num, 1.5, 'Enter a whole number.'],
    ['number as string', num, '42', 'Enter a number.'],
    ['yes/no', q({ kind: 'yesno' }), 'partly', null],
    ['yes/no other', q({ kind: 'yesno' }), 'maybe', 'Choose yes, no or partly.'],
    ['single', single, 'b', null],
    ['single unknown option', single, 'c', 'Choose one of the options.'],
    ['multi', multi, ['a', 'b'], null],
    ['multi duplicate', multi, ['a', 'a'], 'Choose each option once.'],
    ['date', q({ kind: 'date' }), '2028-02-29', null],
    ['date that does not exist', q({ kind: 'date' }), '2027-02-29', 'That date does not exist.'],
    ['date format', q({ kind: 'date' }), '29/02/2028', 'Enter a date as YYYY-MM-DD.'],
    ['url', q({ kind: 'url' }), 'https://example.org/plan.pdf', null],
    ['javascript url', q({ kind: 'url' }), 'javascript:alert(1)', 'Enter a full link starting with https:// or http://.'],
    ['person', q({ kind: 'person' }), { name: 'João', jobFunction: 'DevOps', email: 'joao@example.org' }, null],
    ['person bad email', q({ kind: 'person' }), { name: 'João', jobFunction: 'DevOps', email: 'joao' }, 'Enter a valid e-mail address.'],
    ['person extra key', q({ kind: 'person' }), { name: 'João', jobFunction: 'DevOps', email: '', admin: true }, 'Unrecognized key: "admin"'],
    ['table', table, [{ name: 'Santé', users: 10 }, { name: 'B' }], null],
    ['table too many rows', table, [{}, {}, {}], 'At most 2 rows.'],
    ['table unknown column', table, [{ name: 'x', secret: 1 }], 'Unrecognized key: "secret"'],
    ['table negative cell', table, [{ users: -3 }], 'Users: at least 0.'],
  ])('%s', (_name, question, value, error) => {
    const result = answerValueSchema(question).safeParse(value);
    expect(result.success ? null : result.error.issues[0].message).toBe(error);
  });

  it('refuses save requests that are not well formed', () => {
    const ok = { assessmentId: '0b0e6a52-3f3a-4f51-9d43-1f5d0b7d2f11', questionId: 'commcare.p1.q', value: 'x', expectedVersion: 0 };
    expect(ZSaveAnswer.safeParse(ok).success).toBe(true);
    for (const bad of [{ ...ok, assessmentId: 'nope' }, { ...ok, expectedVersion: -1 }, { ...ok, questionId: 'x'.repeat(201) }, { ...ok, extra: 1 }]) {
      expect(ZSaveAnswer.safeParse(bad).success).toBe(false);
    }
  });
});

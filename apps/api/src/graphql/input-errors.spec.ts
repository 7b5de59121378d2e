import { withoutSuggestions } from './input-errors';

describe('withoutSuggestions', () => {
  it.each([
    ['Cannot query field "titel" on type "Cohort". Did you mean "title"?'],
    ['Unknown argument "frist" on field "Query.cohorts". Did you mean "first" or "after"?'],
    ['Unknown type "CohortStatu". Did you mean "CohortStatus", "Cohort", or "Cohorts"?'],
    [
      'Value "RUNING" does not exist in "CohortStatus" enum. Did you mean the enum value "RUNNING"?',
    ],
    [
      'Enum "Role" cannot represent non-enum value: PROGRAM_MANAGR. Did you mean the enum value "PROGRAM_MANAGER" or "ADMIN"?',
    ],
    ['Cannot query field "titel" on type "Cohort". [Suggestion hidden]?'],
  ])('removes the suggestion from %p', (message) => {
    const masked = withoutSuggestions(message);
    expect(masked).not.toMatch(/Did you mean|Suggestion|\?$/);
    expect(masked).toMatch(/\.$|PROGRAM_MANAGR\.$/);
  });

  it('keeps messages without suggestions as they are', () => {
    expect(withoutSuggestions('Syntax Error: Expected Name, found "}".')).toBe(
      'Syntax Error: Expected Name, found "}".',
    );
  });
});

// How the monthly public update words each built-in measure (migrations/012_measures.ts seeds
// them), keyed by code. Wording for residents, not data a user keeps, so it lives here rather than
// in the database: a measure a user adds has no phrase and is written with its name. Placeholders
// are those of `PublicFigure.phrase` in publicMeasures.ts.
export const PUBLIC_PHRASES: Readonly<Record<string, string>> = {
  BS01: '{value} of our homes with gas had an up-to-date gas safety check at the end of {period}',
  BS02: '{value} of our homes in blocks that need a fire risk assessment had an up-to-date one at the end of {period}',
  BS03: '{value} of our homes in blocks with asbestos had an up-to-date asbestos survey at the end of {period}',
  BS04: '{value} of our homes in blocks with shared water tanks had an up-to-date water safety check at the end of {period}',
  BS05: '{value} of our homes in blocks with lifts had every lift safety-checked and up to date at the end of {period}',
  'CH01-S1': 'We received {number} complaint{s} for every 1,000 homes in {period}',
  'CH01-S2': 'We received {number} complaint{s} at stage 2 (a review of our first answer) for every 1,000 homes in {period}',
  'CH02-S1': 'We answered {value} of complaints on time in {period}',
  'CH02-S2': 'We answered {value} of complaint reviews (stage 2) on time in {period}',
  RP01: '{value} of our homes did not meet the Decent Homes Standard at the end of {period}',
  'RP02-EM': 'We finished {value} of emergency repairs on time in {period}',
  'RP02-NEM': 'We finished {value} of other repairs on time in {period}',
  NM01: 'We opened {number} anti-social behaviour case{s} for every 1,000 homes in {period}',
  CALLS: 'We answered {value} of calls in {period}',
  'S1-DAYS': 'We took {value} on average to answer a complaint in {period}',
  ESCALATION: 'In {value} of complaints, the resident asked us to review our first answer in {period}',
  OVERTURNED: 'We changed our first answer in {value} of complaint reviews in {period}',
  UPHELD: 'We agreed with the resident, in full or in part, in {value} of complaint reviews in {period}',
  'HOS-DET': 'The Housing Ombudsman made a decision on {number} of our cases in {period}',
  'HOS-MAL': 'The Housing Ombudsman found we had got things wrong in {value} of its decisions on our cases in {period}',
  COMPENSATION: 'We paid {value} in compensation on complaints in {period}',
  COMPLIMENTS: 'Residents sent us {number} compliment{s} in {period}',
  TRAINING: '{value} of the training our staff must do was done and up to date at the end of {period}',
};

import type { z } from 'zod';

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** phantom: only the type matters */
  output: O;
}

/** `call<Result>()(inputSchema)`: the result type is given, the input type follows from the schema. */
export function call<O>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input, output: undefined as O });
}

import type { CallName, CallOutput, ParsedInput } from '../../shared/contract';
import type { Ctx } from './context';

export type Handler<N extends CallName> = (input: ParsedInput<N>, ctx: Ctx) => Promise<CallOutput<N>>;

/** The whole table: the compiler checks that every call in the contract has exactly one handler. */
export type HandlerTable = { [N in CallName]: Handler<N> };

/** A domain's share of the table. */
export type Handlers<N extends CallName> = { [K in N]: Handler<K> };

import { z } from 'zod';
import { isMonth } from '../domain/dates';
import { byId, id, isoDate, patchOf, requiredText } from './fields';
import { call } from './call';
import type * as T from './monthlyTypes';

export const month = (label = 'Month') =>
  z.string({ error: `${label} must be a month like 2026-11.` }).refine(isMonth, { error: `${label} must be a month like 2026-11.` });

export const programmeMonth = z.strictObject({ programmeId: id('Programme'), month: month() });

export const itemFields = {
  itemDate: isoDate('Date of the item'),
  body: requiredText('Text of the item', 5000),
  recommendationId: id('Linked recommendation').nullable(),
};

export const itemCreate = z.strictObject({
  programmeId: id('Programme'),
  month: month(),
  ...itemFields,
  recommendationId: itemFields.recommendationId.default(null),
});
export const itemUpdate = z.strictObject({ id: id('Item'), patch: patchOf(itemFields) });
export const itemMove = z.strictObject({ id: id('Item'), toMonth: month('Month to move to') });
export const itemReorder = z.strictObject({
  programmeId: id('Programme'),
  month: month(),
  itemIds: z.array(id('Item'), { error: 'Give the items in their new order.' }).min(1, 'Give the items in their new order.'),
});
export const measuresChoice = z.strictObject({
  programmeId: id('Programme'),
  month: month(),
  include: z.boolean({ error: 'Include the public measures must be true or false.' }),
});
export const programmeOnly = z.strictObject({ programmeId: id('Programme') });

export const monthlyCalls = {
  'monthly.months': call<T.MonthSummary[]>()(programmeOnly),
  'monthly.current': call<T.CurrentUpdate[]>()(z.strictObject({ month: month() })),
  'monthly.get': call<T.MonthView>()(programmeMonth),
  'monthly.addItem': call<T.MonthView>()(itemCreate),
  'monthly.updateItem': call<T.MonthView>()(itemUpdate),
  'monthly.deleteItem': call<T.MonthView>()(byId('Item')),
  'monthly.moveItem': call<T.MonthView>()(itemMove),
  'monthly.reorder': call<T.MonthView>()(itemReorder),
  'monthly.publish': call<T.MonthView>()(programmeMonth),
  'monthly.setMeasures': call<T.MonthView>()(measuresChoice),
} as const;

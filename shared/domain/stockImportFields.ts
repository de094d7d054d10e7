import type { ImportKindSpec } from './importFields';

/** Homes and blocks from a housing system's export: one row per home, block details repeated. */
export const stockImport = {
  label: 'Homes and blocks (stock)',
  columnsHint:
    'UPRN, Address, Estate, Block, Tenure, Gas, Storeys, Year built, Fire risk tier, Passenger lifts, Communal water, Asbestos present, Communal electrics (a blank block detail keeps what is recorded)',
  fields: {
    uprn: { header: 'UPRN', required: true, maxLength: 20 },
    address: { header: 'Address', required: true, maxLength: 300 },
    estate: { header: 'Estate', required: true, maxLength: 200 },
    block: { header: 'Block', required: true, maxLength: 200 },
    tenure: { header: 'Tenure', required: true },
    gas: { header: 'Gas', required: true },
    storeys: { header: 'Storeys', required: false },
    yearBuilt: { header: 'Year built', required: false },
    tier: { header: 'Fire risk tier', required: false },
    lifts: { header: 'Passenger lifts', required: false },
    water: { header: 'Communal water', required: false },
    asbestos: { header: 'Asbestos present', required: false },
    electrics: { header: 'Communal electrics', aliases: ['Communal electrical supply', 'Communal supply'], required: false },
  },
} satisfies ImportKindSpec;

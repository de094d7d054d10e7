import type { Migration } from 'kysely';
import * as m001 from './001_action_plan';
import * as m002 from './002_monthly_updates';
import * as m003 from './003_policies_meetings';
import * as m004 from './004_committee_papers';
import * as m005 from './005_compliance';
import * as m006 from './006_check_owners';
import * as m007 from './007_certificate_lookup_indexes';
import * as m008 from './008_paper_sections';
import * as m010 from './010_training';
import * as m011 from './011_complaints';
import * as m012 from './012_measures';
import * as m013 from './013_monthly_measures';
import * as m014 from './014_compliance_trend_points';
import * as m015 from './015_homes_order_index';
import * as m016 from './016_compliance_position_points';
import * as m017 from './017_certificate_covering_indexes';
import * as m018 from './018_compliance_versions';
import * as m019 from './019_certificate_partial_indexes';
import * as m020 from './020_compliance_homes_before';
import * as m021 from './021_compliance_stock_before';
import * as m022 from './022_compliance_stock_changes';

// The static, ordered list of schema steps. Never edit a step that has shipped: add a new one.
export const migrations: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['001_action_plan', m001],
  ['002_monthly_updates', m002],
  ['003_policies_meetings', m003],
  ['004_committee_papers', m004],
  ['005_compliance', m005],
  ['006_check_owners', m006],
  ['007_certificate_lookup_indexes', m007],
  ['008_paper_sections', m008],
  ['010_training', m010],
  ['011_complaints', m011],
  ['012_measures', m012],
  ['013_monthly_measures', m013],
  ['014_compliance_trend_points', m014],
  ['015_homes_order_index', m015],
  ['016_compliance_position_points', m016],
  ['017_certificate_covering_indexes', m017],
  ['018_compliance_versions', m018],
  ['019_certificate_partial_indexes', m019],
  ['020_compliance_homes_before', m020],
  ['021_compliance_stock_before', m021],
  ['022_compliance_stock_changes', m022],
];

export const latestSchema = migrations[migrations.length - 1]![0];

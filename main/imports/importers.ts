import type { ImportKind } from '../../shared/domain/importKinds';
import { certificateImporter } from './certificateImport';
import { complaintImporter } from './complaintImport';
import type { Importer } from './importer';
import { measureImporter } from './measureImport';
import { stockImporter } from './stockImport';

/** Each kind of import's reading and writing; its columns and label are in shared/domain/importKinds.ts. */
export const importers: { [K in ImportKind]: Importer<unknown> } = {
  certificates: certificateImporter,
  stock: stockImporter,
  measures: measureImporter,
  complaints: complaintImporter,
};

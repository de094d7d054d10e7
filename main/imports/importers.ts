import type { ImportKind } from '../../shared/domain/importKinds';
import { certificateImporter } from './certificateImport';
import { complaintImporter } from './complaintImport';
import type { Importer } from './importer';
import { measureImporter } from './measureImport';
import { courseImporter } from './courseImport';
import { requirementImporter } from './requirementImport';
import { staffImporter } from './staffImport';
import { stockImporter } from './stockImport';
import { trainingImporter } from './trainingImport';

/** Each kind of import's reading and writing; its columns and label are in shared/domain/importKinds.ts. */
export const importers: { [K in ImportKind]: Importer<unknown> } = {
  certificates: certificateImporter,
  stock: stockImporter,
  measures: measureImporter,
  complaints: complaintImporter,
  courses: courseImporter,
  requirements: requirementImporter,
  staff: staffImporter,
  training: trainingImporter,
};

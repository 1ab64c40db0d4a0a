import type { EmittedFile } from '../emit/emitter.ts';
import type { ServiceIR } from '../ir/types.ts';
import { fileOfShapes } from './layout.ts';
import { operationNode, serviceNode } from './operationNode.ts';
import { shapeNode } from './shapeNode.ts';
import { toYamlText } from './yamlText.ts';

/**
 * The IR as a model folder in the format of docs/model-format.md: `service.yaml`,
 * `operations/<Op>.yaml` (the operation and the shapes only it uses), `errors.yaml` and
 * `shapes/<kind>.yaml` for shared shapes. Deterministic: the same IR gives the same bytes.
 */
export function modelToYaml(ir: ServiceIR): EmittedFile[] {
  const files = new Map<string, { operations: Record<string, unknown>; shapes: Record<string, unknown> }>();
  const fileFor = (path: string) => {
    let file = files.get(path);
    if (!file) files.set(path, (file = { operations: {}, shapes: {} }));
    return file;
  };
  for (const op of ir.operations) fileFor(`operations/${op.name}.yaml`).operations[op.name] = operationNode(op);
  const placement = fileOfShapes(ir);
  for (const shape of ir.shapes) fileFor(placement.get(shape.name)!).shapes[shape.name] = shapeNode(shape);

  const emitted: EmittedFile[] = [{ path: 'service.yaml', contents: toYamlText({ service: serviceNode(ir) }) }];
  for (const [path, file] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const body = {
      operations: Object.keys(file.operations).length ? file.operations : undefined,
      shapes: Object.keys(file.shapes).length ? file.shapes : undefined,
    };
    emitted.push({ path, contents: toYamlText(body) });
  }
  return emitted;
}

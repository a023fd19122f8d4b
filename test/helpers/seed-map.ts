import {
  ApiError,
  dispatchOperation,
  type Handlers,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../../shared/api';
import type { JourneyMap } from '../../shared/domain';
import { toChangeSet } from '../../shared/document/test-map';

// No vitest here: the e2e page models and the benches use these too.

/** Calls `name` on `handlers` through the contract's dispatch; throws the answered error. */
export async function callOperation<K extends OperationName>(
  handlers: Handlers,
  name: K,
  input: OperationInput<K>,
): Promise<OperationOutput<K>> {
  const result = await dispatchOperation(handlers, name, input);
  if (result.ok) return result.value as OperationOutput<K>;
  const { code, message, ...options } = result.error;
  throw new ApiError(code, message, options);
}

/**
 * Stores a factory map in a library through the public operations (create blank, clear it, apply
 * the factory content) and returns the stored map's id. Map id and timestamps are the library's own.
 */
export async function seedMap(handlers: Handlers, map: JourneyMap): Promise<string> {
  const created = await callOperation(handlers, 'maps.create', {
    name: map.name,
    templateId: 'blank',
    language: map.language,
  });
  const blank = await callOperation(handlers, 'maps.get', { id: created.id });
  const changes = toChangeSet(map);
  changes.remove = { stageIds: blank.stages.map((s) => s.id), laneIds: blank.lanes.map((l) => l.id) };
  await callOperation(handlers, 'maps.applyChanges', { id: created.id, changes });
  return created.id;
}

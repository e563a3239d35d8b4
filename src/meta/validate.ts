import { InvalidReferenceError, isValidTag, parseReference } from '../registry/reference.js';

/** Why a registry would refuse `tag` (the distribution grammar `[\w][\w.-]{0,127}`), or undefined. */
export function tagProblem(tag: string): string | undefined {
  if (isValidTag(tag)) return undefined;
  if (tag.length === 0) return 'a tag cannot be empty';
  if (tag.length > 128) return `it is ${tag.length} characters long; a tag may have at most 128`;
  if (/^[.-]/.test(tag)) return `a tag cannot start with "${tag[0]}"`;
  return 'a tag may only contain letters, digits, "_", "." and "-"';
}

/**
 * Why `name` (already lower-cased) is not an image name a registry accepts (the reference grammar of
 * src/registry/reference.ts, without tag or digest), or undefined.
 */
export function imageNameProblem(name: string): string | undefined {
  try {
    const ref = parseReference(name, { defaultTag: null });
    if (ref.tag !== undefined || ref.digest !== undefined) return 'an image name must not carry a tag or digest (the tags come from the tags input)';
    return undefined;
  } catch (e) {
    if (e instanceof InvalidReferenceError) return e.message.replace(/^invalid reference "[^"]*": /, '');
    throw e;
  }
}

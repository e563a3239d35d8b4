/** The distribution spec's tag grammar: a word character, then up to 127 of `[A-Za-z0-9_.-]`. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Why a registry would refuse `tag`, or undefined when it is a valid tag. */
export function tagProblem(tag: string): string | undefined {
  if (tag.length === 0) return 'a tag cannot be empty';
  if (tag.length > 128) return `it is ${tag.length} characters long; a tag may have at most 128`;
  if (/^[.-]/.test(tag)) return `a tag cannot start with "${tag[0]}"`;
  if (!TAG.test(tag)) return 'a tag may only contain letters, digits, "_", "." and "-"';
  return undefined;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?`;
const NAME = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*$`);

/**
 * Why `name` (already lower-cased) is not a repository name a registry accepts, or undefined. The first
 * component counts as a registry host only when followed by `/`, as in docker/distribution's reference
 * grammar; a name is at most 255 characters.
 */
export function imageNameProblem(name: string): string | undefined {
  if (name.length > 255) return `it is ${name.length} characters long; a repository name may have at most 255`;
  if (!NAME.test(name)) return 'it is not a valid repository name ([registry[:port]/]path, lower-case letters, digits and single separators . _ __ -)';
  return undefined;
}

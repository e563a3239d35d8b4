import { parseFields, type ListEntry } from './input-list.js';
import { MetaError } from './types.js';

/** One `images` entry. */
export interface ImageEntry {
  name: string;
  enable: boolean;
  where: string;
}

/**
 * Parses the `images` input as metadata-action does. A single line of bare names is a comma list
 * (`name/foo,name/bar`); otherwise each line is one image, either a bare name or
 * `name=<image>[,enable=true|false]`. Names are returned as written (see `imageNames` for lower-casing).
 */
export function parseImages(entries: readonly ListEntry[]): ImageEntry[] {
  if (entries.length === 1) {
    const { text, line } = entries[0];
    const fields = parseFields(text).map((f) => f.split('=').map((p) => p.trim()));
    if (fields.every((parts) => parts.length === 1)) {
      return fields.map((parts) => ({ name: parts[0], enable: true, where: `images line ${line}` }));
    }
  }
  return entries.map(({ text, line }) => {
    const where = `images line ${line}`;
    const image: ImageEntry = { name: '', enable: true, where };
    for (const field of parseFields(text)) {
      const parts = field.split('=').map((p) => p.trim());
      if (parts.length === 1) {
        image.name = parts[0];
        continue;
      }
      const key = parts[0].toLowerCase();
      const value = parts[1];
      if (key === 'name') {
        image.name = value;
      } else if (key === 'enable') {
        if (!['true', 'false'].includes(value)) throw new MetaError(`invalid enable value "${value}" in "${text}" (true or false)`, where);
        image.enable = value === 'true';
      } else {
        throw new MetaError(`unknown image attribute "${key}" in "${text}"`, where);
      }
    }
    if (image.name.length === 0) throw new MetaError(`image name is empty in "${text}"`, where);
    return image;
  });
}

/**
 * The enabled image names, lower-cased (registries refuse upper case). Each name that changed gets a
 * notice in `warnings`.
 */
export function imageNames(images: readonly ImageEntry[], warnings: string[]): string[] {
  const names: string[] = [];
  for (const image of images) {
    if (!image.enable) continue;
    const lower = image.name.toLowerCase();
    if (lower !== image.name) warnings.push(`${image.where}: image name "${image.name}" lower-cased to "${lower}"`);
    names.push(lower);
  }
  return names;
}

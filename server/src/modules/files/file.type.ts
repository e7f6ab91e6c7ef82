import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FILE_KINDS, fileKindOf, type FileKind } from '@yah/shared';
import { enumOf } from '../../graphql/enums';
import type { FileEntity } from './file.entity';

export const FileKindEnum = enumOf(FILE_KINDS);
registerEnumType(FileKindEnum, { name: 'FileKind', description: 'What an attached file is, for how it is shown' });

@ObjectType('AttachedFile', { description: 'A file attached to something (e.g. commitment evidence); read with the permission of what it is attached to' })
export class AttachedFileType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The name it was uploaded with' })
  name: string;

  @Field(() => Float, { description: 'Bytes' })
  size: number;

  @Field(() => String, { description: 'The MIME type its bytes were found to be' })
  type: string;

  @Field(() => FileKindEnum)
  kind: FileKind;

  @Field(() => String, { description: 'Download address (same origin, with the session cookie)' })
  url: string;

  @Field(() => String, { nullable: true, description: 'A small image of a picture; null for other files' })
  thumbnailUrl: string | null;
}

export function attachedFile(file: FileEntity): AttachedFileType {
  const type = file.sniffedType ?? file.declaredType;
  return {
    id: file.id,
    name: file.originalName,
    size: file.size,
    type,
    kind: fileKindOf(type) ?? 'DOCUMENT',
    url: `/files/${file.id}`,
    thumbnailUrl: file.hasThumbnail ? `/files/${file.id}/thumbnail` : null,
  };
}

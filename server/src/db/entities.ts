import { UserEntity } from '../modules/accounts/user.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { ProvinceEntity } from '../modules/provinces/province.entity';

export const ENTITIES = [ProvinceEntity, MemberEntity, UserEntity, SessionEntity, AuditLogEntity];

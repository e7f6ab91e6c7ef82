import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/config';
import { AccountService } from './modules/accounts/account.service';
import { AuthService } from './modules/auth/auth.service';
import { SessionService } from './modules/auth/session.service';
import { SignInThrottle } from './modules/auth/sign-in-throttle';
import { MemberService } from './modules/members/member.service';
import { ProvinceService } from './modules/provinces/province.service';

/** The application's services, made once per process and shared by every request. */
export function createServices(dataSource: DataSource, config: AppConfig, redis: Redis | null) {
  const sessions = new SessionService(dataSource, config.sessionTtlMs);
  return {
    sessions,
    auth: new AuthService(dataSource, sessions, new SignInThrottle(redis)),
    accounts: new AccountService(dataSource, sessions),
    members: new MemberService(dataSource),
    provinces: new ProvinceService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;

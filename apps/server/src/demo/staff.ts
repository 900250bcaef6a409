/** The demo providers' staff: synthetic people, some with a health exam or certificate about to expire. */
import { makeResidentId, maskMobile, maskResidentId, type StaffRole } from '@tuoyu/domain';
import type { AppContext } from '../platform/context';
import { encryptField, lookupHash } from '../platform/crypto';
import type { rng } from './rng';

/** Surnames of the demo people, children and staff alike. */
export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '胡',
  '郭',
  '高',
  '林',
  '何',
];

export function staffRow(
  ctx: AppContext,
  r: ReturnType<typeof rng>,
  providerId: number,
  division: string,
  role: StaffRole,
  seq: number,
  now: string,
  today: string,
) {
  const residentId = makeResidentId(
    division,
    `19${r.int(70, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
    seq % 1000,
  );
  const mobile = `13${r.int(500000000, 999999999)}`;
  // About one in eight has a health exam or certificate running out within the month.
  const soon = r.next() < 0.125;
  const examDate = new Date(Date.parse(`${today}T00:00:00Z`) - (soon ? 350 : r.int(10, 300)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const certUntil = new Date(
    Date.parse(`${today}T00:00:00Z`) + (soon ? r.int(3, 25) : r.int(200, 1500)) * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  return {
    provider_id: providerId,
    division_code: division,
    name: `${r.pick(SURNAMES)}${r.pick(['秀兰', '海燕', '丽娟', '晓红', '春梅', '建华', '玉珍'])}`,
    resident_id_enc: encryptField(ctx.keys, residentId),
    resident_id_hash: lookupHash(ctx.keys, residentId),
    resident_id_masked: maskResidentId(residentId),
    role,
    mobile_enc: encryptField(ctx.keys, mobile),
    mobile_masked: maskMobile(mobile),
    qualifications: JSON.stringify(
      role === 'carer'
        ? [{ type: '保育师证', number: `BY${seq}`, validUntil: certUntil }]
        : role === 'health'
          ? [{ type: '妇幼保健机构培训合格证', number: `FY${seq}`, validUntil: certUntil }]
          : [],
    ),
    health_exam_date: examDate,
    no_criminal_record_date: examDate,
    hired_on: '2024-03-01',
    left_on: null,
    created_at: now,
  };
}

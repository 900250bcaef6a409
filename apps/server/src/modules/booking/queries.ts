/** Kysely only: slots and bookings of hourly/temporary care. Every read is on an index. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { BookingTable, Database, SlotTable } from '../../db/schema';

/** The database handle or a transaction (a Transaction is a Kysely). */
type Exec = Kysely<Database>;

export type SlotRow = Selectable<SlotTable>;

/** What slot publishing needs to know about a provider. */
export function findProvider(db: Exec, id: number) {
  return db
    .selectFrom('providers')
    .select(['id', 'name', 'division_code', 'public', 'service_mask'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertSlot(trx: Exec, values: Insertable<SlotTable>): Promise<number> {
  const r = await trx.insertInto('slots').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Slots of one provider between two Beijing dates (inclusive), not withdrawn, in time order. */
export function listSlots(
  db: Exec,
  providerId: number,
  from: string,
  to: string,
  startingAfter: string | null = null,
) {
  let q = db
    .selectFrom('slots')
    .selectAll()
    .where('provider_id', '=', providerId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('withdrawn_at', 'is', null);
  if (startingAfter) q = q.where('starts_at', '>', startingAfter);
  return q.orderBy('date').orderBy('start_time').orderBy('id').execute();
}

/** A slot with its provider's name and listing flag. */
export function findSlot(db: Exec, id: number) {
  return db
    .selectFrom('slots as s')
    .innerJoin('providers as p', 'p.id', 's.provider_id')
    .selectAll('s')
    .select(['p.name as provider_name', 'p.public as provider_public'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** Withdraws a slot of the provider if nobody holds a place in it; false when that is not so. */
export async function withdrawSlot(trx: Exec, id: number, providerId: number, at: string) {
  const r = await trx
    .updateTable('slots')
    .set({ withdrawn_at: at })
    .where('id', '=', id)
    .where('provider_id', '=', providerId)
    .where('withdrawn_at', 'is', null)
    .where('booked', '=', 0)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Takes one place, atomically: the condition `booked < places` is evaluated on the row as it is
 * when the update runs. On PostgreSQL the update takes the row lock, so concurrent bookers queue
 * and each re-evaluates the condition on the committed row (READ COMMITTED); SQLite has one writer.
 * Returns the new count, or undefined when the slot is full, withdrawn or has started.
 */
export async function takePlace(trx: Exec, slotId: number, now: string): Promise<number | undefined> {
  const r = await trx
    .updateTable('slots')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('id', '=', slotId)
    .where((eb) => eb('booked', '<', eb.ref('places')))
    .where('withdrawn_at', 'is', null)
    .where('starts_at', '>', now)
    .returning('booked')
    .executeTakeFirst();
  return r ? Number(r.booked) : undefined;
}

export async function releasePlace(trx: Exec, slotId: number) {
  await trx
    .updateTable('slots')
    .set((eb) => ({ booked: eb('booked', '-', 1) }))
    .where('id', '=', slotId)
    .where('booked', '>', 0)
    .execute();
}

export function findActiveBooking(db: Exec, slotId: number, parentUserId: number) {
  return db
    .selectFrom('bookings')
    .select('id')
    .where('slot_id', '=', slotId)
    .where('parent_user_id', '=', parentUserId)
    .where('active_key', '=', 0)
    .executeTakeFirst();
}

export async function insertBooking(trx: Exec, values: Insertable<BookingTable>): Promise<number> {
  const r = await trx.insertInto('bookings').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

const bookingColumns = [
  'b.id',
  'b.slot_id',
  'b.provider_id',
  'b.parent_user_id',
  'b.child_name',
  'b.birth_date',
  'b.status',
  'b.created_at',
  'b.cancelled_at',
  's.date',
  's.start_time',
  's.end_time',
  's.starts_at',
  's.division_code',
  'p.name as provider_name',
] as const;

/** A booking with its slot and provider. */
export function findBooking(db: Exec, id: number) {
  return db
    .selectFrom('bookings as b')
    .innerJoin('slots as s', 's.id', 'b.slot_id')
    .innerJoin('providers as p', 'p.id', 'b.provider_id')
    .select(bookingColumns)
    .where('b.id', '=', id)
    .executeTakeFirst();
}
export type BookingRow = NonNullable<Awaited<ReturnType<typeof findBooking>>>;

/**
 * Cancels an active booking of this parent (the active key becomes the booking's id, so the
 * parent may book the slot again); false when there is no such active booking.
 */
export async function cancelBooking(trx: Exec, id: number, parentUserId: number, at: string) {
  const r = await trx
    .updateTable('bookings')
    .set((eb) => ({ status: 'cancelled', cancelled_at: at, active_key: eb.ref('id') }))
    .where('id', '=', id)
    .where('parent_user_id', '=', parentUserId)
    .where('status', '=', 'booked')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A parent's bookings, newest first (index bookings_parent). */
export function listParentBookings(db: Exec, parentUserId: number, limit: number, offset: number) {
  return db
    .selectFrom('bookings as b')
    .innerJoin('slots as s', 's.id', 'b.slot_id')
    .innerJoin('providers as p', 'p.id', 'b.provider_id')
    .select(bookingColumns)
    .where('b.parent_user_id', '=', parentUserId)
    .orderBy('b.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countParentBookings(db: Exec, parentUserId: number) {
  const r = await db
    .selectFrom('bookings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_user_id', '=', parentUserId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

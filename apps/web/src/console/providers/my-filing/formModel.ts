import type { FilingData, ProviderSummary } from '@tuoyu/contracts';
import {
  type ClassType,
  DOCUMENT_TYPES,
  type DocumentType,
  type FeeUnit,
  type ProviderKind,
  requiredDocuments,
  type ServiceForm,
  yuanToFen,
} from '@tuoyu/domain';
import dayjs, { type Dayjs } from 'dayjs';
import type { FieldPath } from '../../common/serverErrors';

export interface ClassRow {
  type?: ClassType;
  name?: string;
  capacity?: number;
  carers?: number;
}

export interface FeeRow {
  item?: string;
  serviceForm?: ServiceForm;
  classType?: ClassType;
  unit?: FeeUnit;
  /** Yuan as typed (InputNumber in string mode), sent as integer fen. */
  amount?: string;
}

/** The form as edited: the API's FilingData with yuan amounts, a date object and documents by type. */
export interface FilingFormValues {
  address?: string;
  townshipCode?: string;
  location?: { lat?: number; lng?: number };
  buildingAreaM2?: number;
  outdoorAreaM2?: number;
  floorMax?: number;
  openingHours?: string;
  serviceForms: ServiceForm[];
  inclusive: boolean;
  mealsServed: boolean;
  cctvRetentionDays?: number;
  ageFromMonths?: number;
  ageToMonths?: number;
  classes: ClassRow[];
  fees: FeeRow[];
  insurance?: { insurer?: string; policyNo?: string; validUntil?: Dayjs | null };
  documents: Partial<Record<DocumentType, number>>;
}

const fenToYuan = (fen: number) => (fen / 100).toFixed(2);

/** The saved form, or a start from the registration record (address, township, service forms). */
export function toFormValues(data: FilingData | null, provider: ProviderSummary): FilingFormValues {
  if (!data) {
    return {
      address: provider.address,
      townshipCode: provider.townshipCode ?? undefined,
      serviceForms: provider.serviceForms,
      inclusive: false,
      mealsServed: false,
      cctvRetentionDays: 90,
      classes: [],
      fees: [],
      insurance: {},
      documents: {},
    };
  }
  const documents: Partial<Record<DocumentType, number>> = {};
  for (const doc of data.documents) documents[doc.type] = doc.fileId;
  return {
    address: data.address,
    townshipCode: data.townshipCode,
    location: { ...data.location },
    buildingAreaM2: data.buildingAreaM2,
    outdoorAreaM2: data.outdoorAreaM2,
    floorMax: data.floorMax,
    openingHours: data.openingHours,
    serviceForms: data.serviceForms,
    inclusive: data.inclusive,
    mealsServed: data.mealsServed,
    cctvRetentionDays: data.cctvRetentionDays,
    ageFromMonths: data.ageFromMonths,
    ageToMonths: data.ageToMonths,
    classes: data.classes.map((c) => ({ ...c })),
    fees: data.fees.map((f) => ({
      item: f.item,
      serviceForm: f.serviceForm,
      classType: f.classType,
      unit: f.unit,
      amount: fenToYuan(f.amountFen),
    })),
    insurance: data.insurance
      ? {
          insurer: data.insurance.insurer,
          policyNo: data.insurance.policyNo,
          validUntil: dayjs(data.insurance.validUntil),
        }
      : {},
    documents,
  };
}

const num = (v: number | undefined | null) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * The API body from a validated form. Only the documents the provider kind requires now are sent
 * (a food licence uploaded before meals were switched off is dropped).
 */
export function toFilingData(v: FilingFormValues, kind: ProviderKind): FilingData {
  const insurer = v.insurance?.insurer?.trim();
  const policyNo = v.insurance?.policyNo?.trim();
  const validUntil = v.insurance?.validUntil;
  const required = requiredDocuments(kind, v.mealsServed);
  return {
    address: (v.address ?? '').trim(),
    townshipCode: v.townshipCode ?? '',
    location: { lat: num(v.location?.lat), lng: num(v.location?.lng) },
    buildingAreaM2: num(v.buildingAreaM2),
    outdoorAreaM2: num(v.outdoorAreaM2),
    floorMax: num(v.floorMax),
    openingHours: (v.openingHours ?? '').trim(),
    serviceForms: v.serviceForms,
    inclusive: v.inclusive,
    mealsServed: v.mealsServed,
    cctvRetentionDays: num(v.cctvRetentionDays),
    ...(typeof v.ageFromMonths === 'number' ? { ageFromMonths: v.ageFromMonths } : {}),
    ...(typeof v.ageToMonths === 'number' ? { ageToMonths: v.ageToMonths } : {}),
    classes: (v.classes ?? []).map((c) => ({
      type: c.type ?? 'toddler_young',
      ...(c.name?.trim() ? { name: c.name.trim() } : {}),
      capacity: num(c.capacity),
      carers: num(c.carers),
    })),
    fees: (v.fees ?? []).map((f) => ({
      item: (f.item ?? '').trim(),
      serviceForm: f.serviceForm ?? 'full_day',
      ...(f.classType ? { classType: f.classType } : {}),
      unit: f.unit ?? 'month',
      amountFen: yuanToFen(String(f.amount ?? '')) ?? 0,
    })),
    insurance:
      insurer && policyNo && validUntil
        ? { insurer, policyNo, validUntil: validUntil.format('YYYY-MM-DD') }
        : null,
    documents: required.flatMap((type) => {
      const fileId = v.documents?.[type];
      return fileId ? [{ type, fileId }] : [];
    }),
  };
}

const SCALAR_FIELDS = new Set([
  'address',
  'townshipCode',
  'buildingAreaM2',
  'outdoorAreaM2',
  'floorMax',
  'openingHours',
  'serviceForms',
  'inclusive',
  'mealsServed',
  'cctvRetentionDays',
  'ageFromMonths',
  'ageToMonths',
]);

const isDocumentType = (s: unknown): s is DocumentType => DOCUMENT_TYPES.some((d) => d === s);

/**
 * The form field a server path is about (`classes[0].carers`, `fees.1.amountFen`, `documents.fire_safety`,
 * `insurance.validUntil`); null for list-level and whole-form messages (shown in the list above).
 */
export function fieldForPath(path: FieldPath): FieldPath | null {
  const [head, second, third] = path;
  if (typeof head !== 'string') return null;
  if (SCALAR_FIELDS.has(head)) return [head];
  switch (head) {
    case 'location':
      return ['location', second === 'lng' ? 'lng' : 'lat'];
    case 'insurance':
      return ['insurance', second === 'policyNo' || second === 'validUntil' ? second : 'insurer'];
    case 'documents':
      return isDocumentType(second) ? ['documents', second] : null;
    case 'classes':
      return typeof second === 'number' && typeof third === 'string' ? ['classes', second, third] : null;
    case 'fees':
      if (typeof second !== 'number' || typeof third !== 'string') return null;
      return ['fees', second, third === 'amountFen' ? 'amount' : third];
    default:
      return null;
  }
}

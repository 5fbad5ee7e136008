import { reason, type TReason } from './reason';

/**
 * Plain names for the services and storage groups of commcare-resource-model configurations. The
 * model's own names (pg_shards, VM_os) stay the API ids; people read these.
 */
const SERVICE_LABELS: Record<string, string> = {
  pg_shards: 'PostgreSQL shards (forms, cases)',
  pg_main: 'PostgreSQL (main)',
  pg_synclogs: 'PostgreSQL (sync logs)',
  pg_ucr: 'PostgreSQL (UCR reports)',
  pg_warehouse: 'PostgreSQL (data warehouse)',
  pg_proxy: 'PostgreSQL connection proxy',
  pgbouncer: 'PostgreSQL connection pooler',
  couchdb: 'CouchDB',
  es_datanode: 'Elasticsearch data nodes',
  es_master: 'Elasticsearch master nodes',
  riakcs: 'Blob storage (RiakCS)',
  blobdb: 'Blob storage',
  object_storage: 'Object storage',
  pillowtop: 'Pillowtop (change processors)',
  celery: 'Celery (background tasks)',
  django: 'Web (Django)',
  web: 'Web (Django)',
  redis: 'Redis',
  nginx: 'Proxy (nginx)',
  proxy: 'Proxy (nginx)',
  rabbitmq: 'RabbitMQ',
  kafka: 'Kafka (change feed)',
  zookeeper: 'ZooKeeper',
  formplayer: 'Formplayer (web apps)',
  airflow: 'Airflow',
  control: 'Control machine',
  sms_queue: 'SMS queue',
  mobile_ucr: 'Mobile reports',
};

const GROUP_LABELS: Record<string, string> = {
  SSD: 'SSD disks',
  SAS: 'SAS disks',
  VM_os: 'VM operating-system disks',
  VM_other: 'Other VM data disks',
  object_storage: 'Object storage',
  S3: 'Object storage',
};

/** Words of a snake_case or camelCase name, first one capitalised: "es_datanode" → "Es datanode". */
function words(name: string): string {
  const w = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

const FIELD_LABELS: Record<string, string> = {
  users: 'users',
  forms_monthly: 'forms a month',
  forms_total: 'forms stored',
  forms_per_sec_max: 'forms per second at peak',
  cases_total: 'cases',
  cases_total_monthly: 'new cases a month',
  cases_total_baseline: 'cases at the start',
  case_transactions: 'case updates a month',
  case_transactions_total: 'case updates stored',
  case_indices: 'case links',
  synclogs_monthly: 'sync logs a month',
  synclogs_total: 'sync logs kept',
  restores_per_second: 'restores per second',
  requests_per_second: 'requests per second',
  kafka_changes: 'change-feed messages a month',
  kafka_changes_total: 'change-feed messages kept',
  gunicorn_workers: 'web workers',
  gunicorn_worker: 'web worker',
};

/** A usage field or process of a configuration in words: "forms_total" → "forms stored". */
export const fieldLabel = (name: string) => FIELD_LABELS[name] ?? words(name).toLowerCase();
export const serviceLabel = (id: string) => SERVICE_LABELS[id] ?? words(id);
export const storageGroupLabel = (group: string) => GROUP_LABELS[group] ?? (/^[A-Z0-9]+$/.test(group) ? `${group} disks` : words(group));

/*
 * The same names as reasons of sizingReasons.json, for the reader's language: a name we know is a
 * message (`commcare.fields.forms_total`, `commcare.services.pg_shards`, `commcare.groups.SSD`); a
 * name only a pasted configuration has is its own words, as they are.
 */
const named = (name: string) => reason('commcare.named', { name });
/** A usage field or process, plural ("forms stored"). */
export const fieldName = (name: string): TReason => (Object.hasOwn(FIELD_LABELS, name) ? reason(`commcare.fields.${name}`) : named(fieldLabel(name)));
/** One item of a usage field, singular ("form stored"), as in "1,200 bytes per form stored". */
export const fieldItemName = (name: string): TReason => (Object.hasOwn(FIELD_LABELS, name) ? reason(`commcare.fieldItems.${name}`) : named(fieldLabel(name)));
export const serviceName = (id: string): TReason => (Object.hasOwn(SERVICE_LABELS, id) ? reason(`commcare.services.${id}`) : named(serviceLabel(id)));
export const storageGroupName = (group: string): TReason =>
  Object.hasOwn(GROUP_LABELS, group) ? reason(`commcare.groups.${group}`) : /^[A-Z0-9]+$/.test(group) ? reason('commcare.groupDisks', { name: group }) : named(words(group));

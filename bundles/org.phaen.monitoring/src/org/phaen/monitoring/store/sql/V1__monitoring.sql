-- Monitoring store, schema 1. Standard SQL that Derby 10.17 and PostgreSQL both run unchanged:
-- exact DECIMAL for values and baht, VARCHAR(36) for the model's uuids, VARCHAR(32000) for text
-- (Derby's CLOB and PostgreSQL's TEXT differ; 32,000 characters is far more than a narrative needs).

CREATE TABLE import_ledger (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sha256 VARCHAR(64) NOT NULL,
  source_name VARCHAR(1000) NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  row_count INTEGER NOT NULL,
  CONSTRAINT import_ledger_sha UNIQUE (sha256)
);

CREATE TABLE measurement (
  indicator_uuid VARCHAR(36) NOT NULL,
  agency_uuid VARCHAR(36) NOT NULL,
  period_uuid VARCHAR(36) NOT NULL,
  measured_value DECIMAL(19,4) NOT NULL,
  evidence VARCHAR(4000),
  source VARCHAR(1000),
  import_id BIGINT NOT NULL REFERENCES import_ledger (id),
  CONSTRAINT measurement_key PRIMARY KEY (indicator_uuid, period_uuid, agency_uuid)
);

-- Kept up to date inside each import's transaction, so the dashboard never scans the measurements.
CREATE TABLE measurement_total (
  indicator_uuid VARCHAR(36) NOT NULL,
  period_uuid VARCHAR(36) NOT NULL,
  total DECIMAL(31,4) NOT NULL,
  agencies INTEGER NOT NULL,
  CONSTRAINT measurement_total_key PRIMARY KEY (period_uuid, indicator_uuid)
);

CREATE TABLE project_progress (
  project_uuid VARCHAR(36) NOT NULL,
  period_uuid VARCHAR(36) NOT NULL,
  status VARCHAR(40),
  percent_complete DECIMAL(7,2),
  narrative VARCHAR(32000),
  import_id BIGINT NOT NULL REFERENCES import_ledger (id),
  CONSTRAINT project_progress_key PRIMARY KEY (project_uuid, period_uuid)
);

CREATE TABLE disbursement (
  project_uuid VARCHAR(36) NOT NULL,
  funding_source_uuid VARCHAR(36) NOT NULL,
  period_uuid VARCHAR(36) NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  import_id BIGINT NOT NULL REFERENCES import_ledger (id),
  CONSTRAINT disbursement_key PRIMARY KEY (project_uuid, funding_source_uuid, period_uuid)
);

CREATE TABLE instrument_response (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  instrument_uuid VARCHAR(36) NOT NULL,
  instrument_version INTEGER NOT NULL,
  respondent_kind VARCHAR(100),
  submission_id VARCHAR(200),
  import_id BIGINT NOT NULL REFERENCES import_ledger (id)
);

CREATE TABLE response_answer (
  response_id BIGINT NOT NULL REFERENCES instrument_response (id),
  item_uuid VARCHAR(36) NOT NULL,
  answer VARCHAR(32000),
  CONSTRAINT response_answer_key PRIMARY KEY (response_id, item_uuid)
);

CREATE TABLE review_meeting (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  committee_uuid VARCHAR(36) NOT NULL,
  held DATE NOT NULL,
  subject_uuid VARCHAR(36)
);

CREATE TABLE meeting_decision (
  meeting_id BIGINT NOT NULL REFERENCES review_meeting (id),
  ordinal INTEGER NOT NULL,
  decision VARCHAR(32000) NOT NULL,
  CONSTRAINT meeting_decision_key PRIMARY KEY (meeting_id, ordinal)
);

CREATE TABLE report_delivery (
  report_uuid VARCHAR(36) NOT NULL PRIMARY KEY,
  due DATE NOT NULL,
  delivered DATE
);

CREATE TABLE delivery_recipient (
  report_uuid VARCHAR(36) NOT NULL REFERENCES report_delivery (report_uuid),
  recipient_uuid VARCHAR(36) NOT NULL,
  CONSTRAINT delivery_recipient_key PRIMARY KEY (report_uuid, recipient_uuid)
);

CREATE INDEX project_progress_period ON project_progress (period_uuid);
CREATE INDEX disbursement_period ON disbursement (period_uuid);

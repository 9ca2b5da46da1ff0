-- Schema 3. Packages a provincial office sent (phaen receive): one row per office, fiscal year and period, the one
-- in force. Its rows are those of its import (import_id); a newer package of the same office and period replaces
-- the row and the rows of its import in one transaction. The same package twice stops at the unique hash.

CREATE TABLE package_receipt (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sha256 VARCHAR(64) NOT NULL,
  office_uuid VARCHAR(36) NOT NULL,
  office_code VARCHAR(200),
  fiscal_year INTEGER NOT NULL,
  period_code VARCHAR(200) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  received_at TIMESTAMP NOT NULL,
  import_id BIGINT NOT NULL REFERENCES import_ledger (id),
  CONSTRAINT package_receipt_sha UNIQUE (sha256),
  CONSTRAINT package_receipt_key UNIQUE (office_uuid, fiscal_year, period_code)
);

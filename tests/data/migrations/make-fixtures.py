#!/usr/bin/env python3
"""Writes v01.sql … vNN.sql: a catalogue at each past schema version, with
user data, as an SQL dump. Run once when a migration is added (for the
version before it); the dumps are then frozen: a later change to an old
migration file does not change them, and MigrationFixturesTest proves each
still migrates to the current version with its user data unchanged.
Usage: make-fixtures.py RESOURCES_SQL_DIR OUT_DIR [VERSION…]"""
import os
import re
import sqlite3
import sys

APPLIED = "2026-01-05T09:00:00Z"


def user_data(db, version):
    x = db.execute
    x("INSERT INTO authority (id, kind, name, norm_key, note, created, modified) VALUES "
      "(1, 'person', 'Dupont, Marie', 'dupont marie', '', ?, ?), "
      "(2, 'organisation', 'Centre social de la Dame Blanche', 'centre social de la dame blanche', "
      "'Garges', ?, ?)", (APPLIED,) * 4)
    x("INSERT INTO subject (id, label, norm_key, scope_note) VALUES "
      "(1, 'Logement social', 'logement social', ''), (2, 'Jardins partagés', 'jardins partages', 'Voir aussi')")
    x("INSERT INTO subject_broader (subject_id, broader_id) VALUES (2, 1)")
    x("INSERT INTO subject_nonpreferred (id, subject_id, label, norm_key) VALUES (1, 1, 'HLM', 'hlm')")
    cols = [r[1] for r in x("PRAGMA table_info(territory)")]
    values = {"id": 1, "name": "Sarcelles", "norm_key": "sarcelles", "level": "commune", "code": "95585",
              "parent_id": None}
    use = [c for c in cols if c in values]
    x(f"INSERT INTO territory ({', '.join(use)}) VALUES ({', '.join('?' for _ in use)})", [values[c] for c in use])
    records = [
        (1, "book", "Le logement social en Val-d'Oise", "Cinquante ans de bailleurs", "Dupont, Marie", 2012),
        (2, "study", "Jardins partagés & vivre-ensemble", "Retour d'expérience « Dame Blanche »", "", 2019),
        (3, "dossier", "Éducation prioritaire ; réussite éducative", "", "Centre social", 2015),
    ]
    for rid, kind, title, abstract, authors, year in records:
        x("INSERT INTO record (id, type, title, abstract, year, date, authors_display, title_sort, authors_sort, "
          "call_number, language, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fre', ?, ?)",
          (rid, kind, title, abstract, year, str(year), authors, title.lower(), authors.lower(), f"LOG {rid}",
           APPLIED, APPLIED))
    x("INSERT INTO responsibility (record_id, position, authority_id, role) VALUES (1, 0, 1, 'author'), "
      "(2, 0, 2, 'lead_organisation')")
    x("INSERT INTO record_subject (record_id, subject_id, position) VALUES (1, 1, 0), (2, 2, 0), (2, 1, 1)")
    x("INSERT INTO record_keyword (record_id, keyword, position) VALUES (1, 'bailleurs', 0), (3, 'REP+', 0)")
    x("INSERT INTO record_territory (record_id, territory_id, position) VALUES (1, 1, 0)")
    x("INSERT INTO copy (id, record_id, barcode, call_number, location, status) VALUES "
      "(1, 1, 'B0001', 'LOG 1', 'Espace documentaire', 'available'), (2, 1, 'B0002', '', '', 'reference_only'), "
      "(3, 2, 'B0003', '', '', 'available')")
    x("INSERT INTO change_journal (entity, entity_id, op, at) VALUES "
      "('record', 1, 'insert', ?), ('record', 2, 'insert', ?), ('record', 3, 'insert', ?)", (APPLIED,) * 3)
    if version >= 6:
        if not x("SELECT COUNT(*) FROM borrower_category").fetchone()[0]:
            x("INSERT INTO borrower_category (id, code, name) VALUES (1, 'professionnel', 'Professionnel')")
        category = x("SELECT MIN(id) FROM borrower_category").fetchone()[0]
        x("INSERT INTO borrower (id, name, name_key, card, category_id, structure, structure_key, structure_type, "
          "commune, email, email_key, created, last_activity) VALUES (1, 'Benali, Nadia', 'benali nadia', 'C-1', "
          "?, 'Mairie de Sarcelles', 'mairie de sarcelles', 'commune', 'Sarcelles', 'n.benali@example.org', "
          "'n.benali@example.org', ?, ?)", (category, APPLIED, APPLIED))
        x("INSERT INTO loan (id, copy_id, borrower_id, out_on, due_on, returned_on, category_code, structure_type, "
          "commune) VALUES (1, 3, 1, '2026-01-05', '2026-01-26', NULL, 'professionnel', 'commune', 'Sarcelles'), "
          "(2, 1, 1, '2025-11-03', '2025-11-24', '2025-11-20', 'professionnel', 'commune', 'Sarcelles')")
        x("UPDATE copy SET status = 'on_loan' WHERE id = 3")


def main():
    sql_dir, out_dir = sys.argv[1], sys.argv[2]
    migrations = sorted(f for f in os.listdir(sql_dir) if re.match(r"^\d{4}_.+\.sql$", f))
    latest = int(migrations[-1][:4])
    versions = [int(v) for v in sys.argv[3:]] or list(range(1, latest))
    for version in versions:
        db = sqlite3.connect(":memory:")
        db.isolation_level = None
        db.execute("PRAGMA foreign_keys = ON")
        for name in migrations:
            number = int(name[:4])
            if number > version:
                break
            db.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                       "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)")
            db.executescript(open(os.path.join(sql_dir, name), encoding="utf-8").read())
            db.execute("INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)",
                       (number, name[5:-4], APPLIED))
        db.execute("BEGIN")
        user_data(db, version)
        db.execute("COMMIT")
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            sys.exit(f"version {version}: foreign keys broken: {problems}")
        path = os.path.join(out_dir, f"v{version:02d}.sql")
        with open(path, "w", encoding="utf-8") as out:
            out.write(f"-- An Infodoc catalogue at schema version {version}, written by make-fixtures.py.\n")
            for line in db.iterdump():
                out.write(line + "\n")
        print(path)


if __name__ == "__main__":
    main()

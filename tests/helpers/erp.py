"""A demo ERP (SQLite) read and written straight, beside the engines: what landed, a change."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def erp_rows(path: Path, table: str, columns: str = "*") -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT {columns} FROM {table}").fetchall()
    finally:
        connection.close()


def erp_count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def erp_execute(path: Path, statement: str, *parameters) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(statement, parameters)
        connection.commit()
    finally:
        connection.close()

"""Benchmark of the gallery's faces (libs/faces): quality on the labelled set, indexing speed,
selfie search at 100k stored faces. Prints tables (README, Benchmarks).

- Quality: every labelled person's single or crop photo as a selfie against the rest of its part
  (`fr/`, `bbt/`) or of all of it (rows marked exclude left out), photo-level precision and recall
  at the threshold chosen on `fr/`, for all photos and for group photos alone, for the "match" tier
  and for "match" + "maybe". Embeddings are cached under .cache/faces-bench (keyed by the set's
  bytes and the mode), since computing them takes minutes.
- Speed: photos of 2000x1500 (a group photo scaled up, and faces of 36 to 128 px pasted in) through
  the process pool on every core, in both modes, with the smallest pasted face found.
- Search: 100k faces in one album (real ones and random ones) in the embedded PostgreSQL; the time
  from selfie bytes to results, exact scan and HNSW index.

    uv run python bench/gallery.py [--dataset ../shared/datasets/faces] [--photos 8] [--faces 100000]
    uv run python bench/gallery.py --quality-only
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import io
import os
import pickle
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from faces.dataset import dataset_location
from faces.detection import FAST, SMALL, DetectionMode
from faces.matching import CONFIRM_DISTANCE, MATCH_DISTANCE, MAYBE_DISTANCE
from faces.pool import FacePool
from faces.quality import (
    IndexedPhoto,
    choose_threshold,
    counts_at,
    counts_by_rule,
    index_labelled,
    read_labels,
)
from faces.selfie import largest_face
from faces.store import face_tables
from faces.store.search import find_photos
from faces.store.writes import store_photo_faces
from PIL import Image
from servicekit.db import create_engine, new_metadata
from servicekit.postgres import ensure_database, start_embedded_server, stop_embedded_server, with_database
from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache" / "faces-bench"
PASTED_SIZES = (36, 48, 64, 96, 128)


async def indexed_set(folder: Path, pool: FacePool) -> list[IndexedPhoto]:
    photos = read_labels(folder)
    digest = hashlib.sha256((folder / "labels.csv").read_bytes())
    for photo in photos:
        digest.update((folder / photo.file).read_bytes())
    cached = CACHE / f"{SMALL.name}-{digest.hexdigest()[:16]}.pickle"
    if cached.exists():
        loaded: list[IndexedPhoto] = pickle.loads(cached.read_bytes())  # our own cache file
        return loaded
    indexed = await index_labelled(folder, photos, pool, SMALL)
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(indexed))
    return indexed


def quality_table(indexed: list[IndexedPhoto]) -> None:
    fr = [i for i in indexed if i.photo.part == "fr"]
    chosen = choose_threshold(fr)
    print(
        f"\nThreshold chosen on fr/: {chosen} "
        f"(committed MATCH_DISTANCE {MATCH_DISTANCE}, maybe to {MAYBE_DISTANCE})"
    )
    print(
        "| part | photos | selfies | tier | precision | recall | TP/FP/FN "
        "| group photos: precision | recall |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    parts = {"fr/": fr, "bbt/": [i for i in indexed if i.photo.part == "bbt"], "all": indexed}
    for name, part in parts.items():
        selfies = sum(1 for i in part if i.photo.kind != "group")
        for tier, threshold in (("match", MATCH_DISTANCE), ("match+maybe", MAYBE_DISTANCE)):
            c = counts_at(threshold, part)
            g = counts_at(threshold, part, gallery_from=lambda i: i.photo.kind == "group")
            print(
                f"| {name} | {len(part)} | {selfies} | {tier} ({threshold}) "
                f"| {c.precision:.3f} | {c.recall:.3f} "
                f"| {c.true_positives}/{c.false_positives}/{c.false_negatives} "
                f"| {g.precision:.3f} | {g.recall:.3f} |"
            )
        for tier, maybes in (("two-stage match", False), ("two-stage match+maybe", True)):
            c = counts_by_rule(part, with_maybes=maybes)
            g = counts_by_rule(part, with_maybes=maybes, gallery_from=lambda i: i.photo.kind == "group")
            print(
                f"| {name} | {len(part)} | {selfies} "
                f"| {tier} ({MATCH_DISTANCE}, confirmed to {CONFIRM_DISTANCE}) "
                f"| {c.precision:.3f} | {c.recall:.3f} "
                f"| {c.true_positives}/{c.false_positives}/{c.false_negatives} "
                f"| {g.precision:.3f} | {g.recall:.3f} |"
            )


# Not a mode the worker uses: what finding 40 px faces of the whole 2000 px photo would cost.
WHOLE_UPSAMPLED = DetectionMode("whole, upsampled", max_side=2000, upsample=1)


def speed_photo(folder: Path, seed: int) -> bytes:
    group = ("bbt/bbt2.jpg", "bbt/bbt5.jpg", "fr/test_kit_with_rose.jpg")[seed % 3]
    canvas = Image.open(folder / group).convert("RGB").resize((2000, 1500))
    crops = ("amy", "raj", "penny", "howard", "stuart")
    for n, size in enumerate(PASTED_SIZES):
        crop = Image.open(folder / f"bbt/{crops[(seed + n) % 5]}{1 + seed % 5}.png").convert("RGB")
        canvas.paste(crop.resize((size, size)), (60 + 260 * n, 1500 - 60 - size))
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


async def speed_table(folder: Path, pool: FacePool, count: int) -> None:
    photos = [speed_photo(folder, seed) for seed in range(count)]
    print(f"\nIndexing speed: {count} photos of 2000x1500 per mode, {pool.workers} worker processes,")
    print(f"load average before {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| mode | photos/min | faces found per photo | smallest face found (px, photo scale) |")
    print("|---|---|---|---|")
    for mode in (SMALL, FAST, WHOLE_UPSAMPLED):
        await pool.detect(photos[0], mode)  # warm the workers
        start = time.perf_counter()
        found = await asyncio.gather(*(pool.detect(photo, mode) for photo in photos))
        elapsed = time.perf_counter() - start
        widths = [face.box.width for faces in found for face in faces]
        print(
            f"| {mode.name} (max side {mode.max_side}, upsample {mode.upsample}) "
            f"| {60 * count / elapsed:.0f} "
            f"| {statistics.mean(len(f) for f in found):.1f} | {min(widths) if widths else '-'} |"
        )


async def search_table(folder: Path, pool: FacePool, faces: int, indexed: list[IndexedPhoto]) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="bench-gallery-"))
    try:
        url = with_database(start_embedded_server(scratch), "bench_gallery")
        ensure_database(url)
        engine = create_engine(url)
        tables = face_tables(new_metadata())
        sessions = async_sessionmaker(engine, expire_on_commit=False)
        album = uuid.uuid4()
        async with engine.begin() as connection:
            await connection.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
            await connection.run_sync(tables.faces.metadata.create_all)
            await connection.execute(text("DROP INDEX ix_faces_embedding_hnsw"))
        async with sessions.begin() as session:
            for item in indexed:
                await store_photo_faces(
                    session, tables, photo_id=uuid.uuid4(), album_id=album, faces=item.faces
                )
            await session.execute(
                FILLER, {"album": album, "count": faces - sum(len(i.faces) for i in indexed)}
            )
        selfie = (folder / "fr/train_obama_obama.jpg").read_bytes()
        print(f"\nSelfie search, {faces} faces in one album (embedded PostgreSQL, pgvector)")
        print(
            "| search | selfie bytes to results, median of 5 (ms) | of which the query (ms) | photos found |"
        )
        print("|---|---|---|---|")
        for label, use_index in (("exact scan", False), ("HNSW index", True)):
            if use_index:
                async with engine.begin() as connection:
                    await connection.execute(text("SET maintenance_work_mem = '256MB'"))
                    await connection.execute(text(BUILD_INDEX))
            totals, queries, found = [], [], 0
            for _ in range(5):
                start = time.perf_counter()
                face = largest_face(await pool.detect(selfie))
                query_start = time.perf_counter()
                async with sessions.begin() as session:
                    found = len(
                        await find_photos(session, tables, face.embedding, [album], use_index=use_index)
                    )
                end = time.perf_counter()
                totals.append(1000 * (end - start))
                queries.append(1000 * (end - query_start))
            print(
                f"| {label} | {statistics.median(totals):.0f} | {statistics.median(queries):.0f} | {found} |"
            )
        await engine.dispose()
    finally:
        stop_embedded_server(scratch)
        shutil.rmtree(scratch, ignore_errors=True)


# Random faces: each coordinate uniform in +-0.09 (dlib's embeddings have about that spread), far
# from any real face (distances about 1.2), so the search returns only the real ones.
FILLER = text("""
INSERT INTO faces (photo_id, album_id, box_left, box_top, box_width, box_height, embedding)
SELECT gen_random_uuid(), :album, 0, 0, 60, 60,
       (SELECT array_agg((random() * 0.18 - 0.09)::real) FROM generate_series(1, 128) WHERE g > 0)::vector
FROM generate_series(1, :count) AS g
""")
BUILD_INDEX = (
    "CREATE INDEX ix_faces_embedding_hnsw ON faces USING hnsw (embedding vector_l2_ops) "
    "WITH (m = 16, ef_construction = 64)"
)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", type=Path, default=dataset_location())
    parser.add_argument("--photos", type=int, default=8, help="photos per mode in the speed table")
    parser.add_argument("--faces", type=int, default=100_000)
    parser.add_argument("--quality-only", action="store_true", help="the quality table alone")
    args = parser.parse_args()
    async with FacePool() as pool:
        indexed = await indexed_set(args.dataset, pool)
        quality_table(indexed)
        if args.quality_only:
            return
        await speed_table(args.dataset, pool, args.photos)
        await search_table(args.dataset, pool, args.faces, indexed)


if __name__ == "__main__":
    asyncio.run(main())

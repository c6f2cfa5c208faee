"""The Apache Kafka backend (aiokafka): topic per aggregate, key = aggregate id, group per service."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from servicekit.bus.interface import BusUnavailable, Delivery, OutgoingMessage

PARTITIONS_PER_TOPIC = 3
# A relay batch (500 outbox rows of ~0.5 KB) fits one request per partition: with the 16 KB default
# it went out as several requests in turn, each waiting for the previous one's acknowledgement.
MAX_BATCH_BYTES = 512 * 1024


class KafkaBus:
    """Publishes with an idempotent producer (acks=all), so retries never reorder a partition."""

    def __init__(
        self, bootstrap_servers: str, *, client_id: str = "eventxperts", request_timeout_ms: int = 5000
    ) -> None:
        self.bootstrap_servers = bootstrap_servers
        self._client_id = client_id
        self._request_timeout_ms = request_timeout_ms
        self._producer: AIOKafkaProducer | None = None
        self._known_topics: set[str] = set()

    async def start(self) -> None:
        await self._producer_started()

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None

    async def publish(self, messages: Sequence[OutgoingMessage]) -> None:
        if not messages:
            return
        try:
            producer = await self._producer_started()
            await self.ensure_topics({m.topic for m in messages})
            # Queued in order; the idempotent producer keeps that order within each partition.
            sent = [await producer.send(m.topic, m.value, key=m.key.encode()) for m in messages]
            await asyncio.gather(*sent)
        except KafkaError as error:
            # After a failed batch the idempotent producer's sequence numbers no longer match the
            # broker's (OutOfOrderSequenceNumber forever); a new producer starts a fresh sequence.
            await self.stop()
            raise BusUnavailable(f"Kafka did not acknowledge the messages: {error!r}") from error

    def subscribe(self, group: str, topics: Sequence[str]) -> KafkaSubscription:
        return KafkaSubscription(self, group, list(topics))

    async def ping(self) -> None:
        admin = self._admin()
        try:
            await admin.start()
            await admin.describe_cluster()
        except KafkaError as error:
            raise BusUnavailable(f"Kafka at {self.bootstrap_servers} does not answer: {error!r}") from error
        finally:
            await admin.close()

    async def ensure_topics(self, topics: set[str]) -> None:
        """Create missing topics with the partition count we rely on for ordering per key."""
        missing = topics - self._known_topics
        if not missing:
            return
        admin = self._admin()
        try:
            await admin.start()
            existing = set(await admin.list_topics())
            new = [NewTopic(t, PARTITIONS_PER_TOPIC, 1) for t in missing - existing]
            if new:
                with contextlib.suppress(TopicAlreadyExistsError):  # another process was first
                    await admin.create_topics(new)
        finally:
            await admin.close()
        self._known_topics |= missing

    def _admin(self) -> AIOKafkaAdminClient:
        return AIOKafkaAdminClient(
            bootstrap_servers=self.bootstrap_servers, request_timeout_ms=self._request_timeout_ms
        )

    async def _producer_started(self) -> AIOKafkaProducer:
        if self._producer is None:
            producer = AIOKafkaProducer(
                bootstrap_servers=self.bootstrap_servers,
                client_id=self._client_id,
                # No linger: `publish` appends a whole batch before the sender task can run, so the
                # messages of one call already travel together; lingering would only add a timer.
                acks="all",
                enable_idempotence=True,
                linger_ms=0,
                max_batch_size=MAX_BATCH_BYTES,
                request_timeout_ms=self._request_timeout_ms,
            )
            try:
                await producer.start()
            except KafkaError as error:
                await producer.stop()
                raise BusUnavailable(f"Kafka at {self.bootstrap_servers} is down: {error!r}") from error
            self._producer = producer
        return self._producer


class KafkaSubscription:
    """One member of a Kafka consumer group; offsets are committed only when the runner says so."""

    def __init__(self, bus: KafkaBus, group: str, topics: list[str]) -> None:
        self._bus = bus
        self._group = group
        self._topics = topics
        self._consumer: AIOKafkaConsumer | None = None

    async def start(self) -> None:
        try:
            await self._bus.ensure_topics(set(self._topics))
            consumer = AIOKafkaConsumer(
                *self._topics,
                bootstrap_servers=self._bus.bootstrap_servers,
                group_id=self._group,
                enable_auto_commit=False,
                auto_offset_reset="earliest",
                session_timeout_ms=6000,
                heartbeat_interval_ms=1000,
                metadata_max_age_ms=5000,
                # A fetch in flight for the partitions without news holds back the others' next fetch
                # for up to this long (default 500 ms); 100 ms bounds that stall at little idle cost.
                fetch_max_wait_ms=100,
            )
            await consumer.start()
        except KafkaError as error:
            raise BusUnavailable(f"cannot join group {self._group}: {error!r}") from error
        self._consumer = consumer

    async def stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    async def fetch(self, max_wait: float) -> list[Delivery]:
        consumer = self._started()
        try:
            batches = await consumer.getmany(timeout_ms=int(max_wait * 1000), max_records=500)
        except KafkaError as error:
            raise BusUnavailable(f"fetch failed: {error!r}") from error
        return [
            Delivery(
                topic=r.topic,
                partition=r.partition,
                offset=r.offset,
                key=(r.key or b"").decode(),
                value=r.value or b"",
            )
            for records in batches.values()
            for r in records
        ]

    async def commit(self, deliveries: Sequence[Delivery]) -> None:
        if not deliveries:
            return
        next_offsets: dict[TopicPartition, int] = {}
        for d in deliveries:
            tp = TopicPartition(d.topic, d.partition)
            next_offsets[tp] = max(next_offsets.get(tp, 0), d.offset + 1)
        try:
            await self._started().commit(next_offsets)
        except KafkaError as error:
            raise BusUnavailable(f"offset commit failed: {error!r}") from error

    def _started(self) -> AIOKafkaConsumer:
        if self._consumer is None:
            raise RuntimeError("subscription not started")
        return self._consumer

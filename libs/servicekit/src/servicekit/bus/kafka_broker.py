"""A single-node Apache Kafka 4.x broker in KRaft mode, run with `java -cp` from the Maven jars.

Used by `eventxperts kafka`, the platform supervisor and the test session:
`broker = KafkaBroker(data_dir, port=9092); broker.start(); ...; broker.stop()`.
"""

from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path
from typing import IO

from servicekit.bus.kafka_runtime import KafkaRuntime, KafkaRuntimeMissing

BROKER_SETTINGS = {
    "process.roles": "broker,controller",
    "node.id": "1",
    "controller.listener.names": "CONTROLLER",
    "inter.broker.listener.name": "PLAINTEXT",
    "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
    "num.partitions": "3",
    "offsets.topic.replication.factor": "1",
    "offsets.topic.num.partitions": "3",
    "transaction.state.log.replication.factor": "1",
    "transaction.state.log.min.isr": "1",
    "share.coordinator.state.topic.replication.factor": "1",
    "share.coordinator.state.topic.min.isr": "1",
    # One node: nobody else will join, so a group need not wait for more members before its first rebalance.
    "group.initial.rebalance.delay.ms": "0",
    "auto.create.topics.enable": "true",
}


class KafkaPortInUse(Exception):
    code = "KAFKA_PORT_IN_USE"


def _accepts_connections(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


class KafkaBroker:
    """One broker process; its storage lives in `data_dir` and survives restarts."""

    def __init__(
        self,
        data_dir: Path,
        *,
        port: int = 9092,
        controller_port: int | None = None,
        runtime: KafkaRuntime | None = None,
        heap: str = "768m",
    ) -> None:
        self.data_dir = data_dir.resolve()
        self.port = port
        self.controller_port = controller_port or port + 1
        self.runtime = runtime or KafkaRuntime.of_repository()
        self.heap = heap
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._log_start = 0

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, *, timeout: float = 90.0, log_to_file: bool = True) -> None:
        """Fetch the jars if needed, format the storage once, start the broker and wait for its port."""
        if _accepts_connections(self.port):
            raise KafkaPortInUse(f"port {self.port} is already taken (another broker running?)")
        self.runtime.fetch()
        properties = self._write_properties()
        if not (self._log_dir / "meta.properties").exists():
            self._format(properties)
        self._log = (self.data_dir / "broker.log").open("ab") if log_to_file else None
        self._log_start = self._log.tell() if self._log is not None else 0
        self._process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [*self._java(), "kafka.Kafka", str(properties)],
            stdout=self._log,
            stderr=subprocess.STDOUT if self._log else None,
        )
        self._wait_until_listening(timeout)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the broker gracefully (SIGTERM), killing it if it does not exit in time."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def wait(self) -> int:
        """Block until the broker exits (foreground use); return its exit code."""
        if self._process is None:
            return 0
        return self._process.wait()

    @property
    def _log_dir(self) -> Path:
        return self.data_dir / "logs"

    def _java(self) -> list[str]:
        java = shutil.which("java")
        if java is None:
            raise KafkaRuntimeMissing("java is not on PATH; Kafka 4 needs Java 17 or newer")
        return [
            java,
            f"-Xmx{self.heap}",
            "-XX:+UseG1GC",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={self.runtime.log_config}",
            "-cp",
            self.runtime.classpath,
        ]

    def _write_properties(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        settings = {
            **BROKER_SETTINGS,
            "controller.quorum.voters": f"1@127.0.0.1:{self.controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "log.dirs": str(self._log_dir),
        }
        path = self.data_dir / "server.properties"
        path.write_text("".join(f"{name}={value}\n" for name, value in settings.items()))
        return path

    def _format(self, properties: Path) -> None:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        result = subprocess.run(  # noqa: S603 - fixed arguments
            [*self._java(), "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(properties)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise KafkaRuntimeMissing(f"formatting Kafka storage failed:\n{result.stdout}{result.stderr}")

    def _wait_until_listening(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                code = self._process.returncode
                self.stop()
                raise KafkaRuntimeMissing(
                    f"the broker exited with {code} ({self._last_error()}); "
                    f"{self.data_dir / 'broker.log'} ends with:\n{self.log_tail()}"
                )
            if _accepts_connections(self.port) and self._started_logged():
                return
            time.sleep(0.2)
        self.stop()
        raise KafkaRuntimeMissing(
            f"the broker did not listen on port {self.port} within {timeout:.0f} s "
            f"({self._last_error()}); "
            f"{self.data_dir / 'broker.log'} ends with:\n{self.log_tail()}"
        )

    def _started_logged(self) -> bool:
        """Our own process says it started (so the open port is not another broker's). Without a
        log file there is nothing to read, and the open port has to do."""
        if self._log is None:
            return True
        return "Kafka Server started" in self._this_run_log()

    def log_tail(self, lines: int = 30) -> str:
        """The last lines the broker logged (empty when it logs to the terminal or has not started)."""
        return "\n".join(self._this_run_log().splitlines()[-lines:])

    def _this_run_log(self) -> str:
        """broker.log from where this start began appending: earlier runs' lines (and errors) are not
        this run's."""
        log = self.data_dir / "broker.log"
        if not log.exists():
            return ""
        with log.open("rb") as file:
            file.seek(self._log_start)
            return file.read().decode(errors="replace")

    def _last_error(self) -> str:
        """The broker's last logged error, to lead the message (a summary line shows only its start)."""
        for line in reversed(self._this_run_log().splitlines()):
            if " ERROR " in line or "Exception" in line or line.startswith("Error"):
                return line.strip()[:300]
        return "no error in its log"

"""Where the Apache Kafka broker's jars come from: Maven Central, through `mvn`, into a cache directory.

`infra/kafka/pom.xml` names the broker (org.apache.kafka:kafka_2.13, 4.x) and its logging backend;
`mvn dependency:copy-dependencies` copies them and their dependencies into `.cache/kafka/lib`.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


class KafkaRuntimeMissing(Exception):
    """The broker's jars are not there and could not be fetched."""

    code = "KAFKA_RUNTIME_MISSING"


def _repository_root() -> Path:
    """The checkout holding `infra/kafka/pom.xml`: searched from here (editable install), then the cwd."""
    for start in (Path(__file__).resolve(), Path.cwd().resolve()):
        for directory in (start, *start.parents):
            if (directory / "infra" / "kafka" / "pom.xml").is_file():
                return directory
    raise KafkaRuntimeMissing("infra/kafka/pom.xml not found above this package or the working directory")


@dataclass(frozen=True)
class KafkaRuntime:
    """The pom, the jar cache and the broker's logging configuration of one checkout."""

    root: Path

    @classmethod
    def of_repository(cls) -> KafkaRuntime:
        return cls(_repository_root())

    @property
    def pom(self) -> Path:
        return self.root / "infra" / "kafka" / "pom.xml"

    @property
    def log_config(self) -> Path:
        return self.root / "infra" / "kafka" / "log4j2.properties"

    @property
    def lib_dir(self) -> Path:
        return self.root / ".cache" / "kafka" / "lib"

    @property
    def classpath(self) -> str:
        return str(self.lib_dir / "*")

    def is_fetched(self) -> bool:
        return any(self.lib_dir.glob("kafka_2.13-*.jar"))

    def fetch(self) -> None:
        """Copy the broker and its dependencies from Maven Central into the cache, unless already there."""
        if self.is_fetched():
            return
        mvn = shutil.which("mvn")
        if mvn is None:
            raise KafkaRuntimeMissing("mvn is not on PATH; install Maven to fetch the Kafka broker")
        result = subprocess.run(  # noqa: S603 - fixed arguments, our own pom
            [
                mvn,
                "-q",
                "-B",
                "-f",
                str(self.pom),
                "dependency:copy-dependencies",
                f"-DoutputDirectory={self.lib_dir}",
                "-DincludeScope=runtime",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not self.is_fetched():
            output = result.stdout + result.stderr
            raise KafkaRuntimeMissing(f"mvn could not fetch the Kafka broker:\n{output}")

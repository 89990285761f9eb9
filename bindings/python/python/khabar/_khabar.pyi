# Types of the native module (bindings/python/src/lib.rs); the public API is in __init__.py.
from typing import Any, Dict, List, Optional, Tuple

__version__: str

class KhabarError(ValueError): ...
class ConfigError(KhabarError): ...
class DocumentError(KhabarError): ...

class NativeEngine:
    def __init__(
        self,
        config: Optional[str] = None,
        extractors: Optional[str] = None,
        prefer: Optional[str] = None,
        lang: Optional[str] = None,
        reference_date: Optional[str] = None,
        threads: Optional[int] = None,
    ) -> None: ...
    def extract_json(
        self,
        text: str,
        lang: Optional[str] = None,
        reference_date: Optional[str] = None,
        prefer: Optional[str] = None,
    ) -> str: ...
    def batch_json(
        self,
        docs: List[Tuple[str, bool]],
        offset: int,
        n_threads: Optional[int] = None,
        raise_errors: bool = False,
    ) -> List[str]: ...
    def entity_columns(
        self,
        texts: List[Optional[str]],
        langs: List[Optional[str]],
        dates: List[Optional[str]],
        ids: List[Optional[str]],
        n_threads: Optional[int] = None,
    ) -> Tuple[Dict[str, List[Any]], List[Tuple[str, str]]]: ...

def extractors() -> List[Tuple[str, str]]: ...

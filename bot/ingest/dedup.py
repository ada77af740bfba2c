"""Deduplication helpers: canonical URLs and 64-bit simhash for near-duplicate texts."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_", "itm_")
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "cmpid",
        "ocid",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "spm",
        "sr_share",
        "share",
        "smid",
        "rss",
        "cid",
        "ito",
        "wt.mc_id",
        "xtor",
    }
)
DEFAULT_PORTS = {"http": 80, "https": 443}
SIMHASH_BITS = 64
SHINGLE = 3
_WORD = re.compile(r"\w+", re.UNICODE)


def is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The URL without fragment and tracking parameters; scheme/host lower-cased, default
    port dropped, remaining query parameters sorted. Non-http(s) URLs are returned stripped."""
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        return url
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    netloc = host
    if parts.port is not None and parts.port != DEFAULT_PORTS[scheme]:
        netloc = f"{host}:{parts.port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def _tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def simhash(text: str) -> int:
    """Unsigned 64-bit simhash over word 3-shingles (0 for text without words)."""
    words = _tokens(text)
    if not words:
        return 0
    if len(words) < SHINGLE:
        shingles = [" ".join(words)]
    else:
        shingles = [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    weights = [0] * SIMHASH_BITS
    for shingle in shingles:
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(SIMHASH_BITS):
            weights[bit] += 1 if value >> bit & 1 else -1
    out = 0
    for bit, weight in enumerate(weights):
        if weight > 0:
            out |= 1 << bit
    return out


def to_signed(value: int) -> int:
    """Unsigned 64-bit → signed (what a BIGINT column holds)."""
    value &= (1 << SIMHASH_BITS) - 1
    return value - (1 << SIMHASH_BITS) if value >= 1 << (SIMHASH_BITS - 1) else value


def to_unsigned(value: int) -> int:
    return value & ((1 << SIMHASH_BITS) - 1)


def hamming(a: int, b: int) -> int:
    """Bits that differ between two simhashes (signed or unsigned)."""
    return (to_unsigned(a) ^ to_unsigned(b)).bit_count()

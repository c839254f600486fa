#!/usr/bin/env python3
"""Independently verify GSI Platform log responses (see docs/ledger.md).

Usage:
    python3 verify_proof.py FILE [FILE ...] [--log-key VERIFIER_KEY]
                            [--author-key PUBKEY] [--export DIR]

Each FILE holds one of these (or a JSON list of them):
  * a record response    GET /api/v1/log/records/{index}
        {"index", "record", "canonical_bytes", "signature", "leaf_hash",
         "checkpoint", "tree_size", "inclusion_proof"}
    For a sealed record (docs/ledger.md 1.4) canonical_bytes are its envelope; with
    "disclosure" (base64 of the disclosure bytes, as given to an entitled party) it also
    checks that the disclosed body is the one the envelope commits to.
  * a consistency response  GET /api/v1/log/consistency?from=M&to=N
        {"from", "to", "from_root", "to_root", "proof"}
  * a checkpoint: a signed-note text file, or {"checkpoint": "<note text>"}

For a record it checks that canonical_bytes are the canonical JSON of the record,
recomputes the leaf hash SHA-256(0x00 || canonical_bytes || signature), and walks
the inclusion proof (RFC 9162 section 2.1.3.2) up to the root in the checkpoint.
For a consistency response it checks the proof (RFC 9162 section 2.1.4.2) and,
when a checkpoint of size `from` or `to` was given, that the roots match it.

Only the Python standard library is needed (hashlib, base64, json). Ed25519
signatures (the author's record signature with --author-key, the log's checkpoint
signature with --log-key) are checked when the `cryptography` package is
installed; otherwise use --export DIR and the openssl commands in docs/ledger.md.
Exit status: 0 if every check passed, 1 otherwise.
"""
import base64
import hashlib
import json
import os
import sys

MAX_SAFE = 2**53 - 1


class Fail(Exception):
    pass


def b64(s):
    try:
        return base64.b64decode(s, validate=True)
    except Exception as e:
        raise Fail("not base64: %r (%s)" % (s, e))


def sha256(data):
    return hashlib.sha256(data).digest()


def node(left, right):
    return sha256(b"\x01" + left + right)


# ---------------------------------------------------------------- canonical JSON

def _reject_float(text):
    raise Fail("canonical bytes contain a float: " + text)


def _int(text):
    if text == "-0":
        raise Fail("canonical bytes contain -0")
    return int(text)


def _no_duplicates(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise Fail("duplicate key %r" % k)
        d[k] = v
    return d


SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n",
         "\f": "\\f", "\r": "\\r"}


def _str(s):
    return '"' + "".join(SHORT.get(c) or ("\\u%04x" % ord(c) if ord(c) < 0x20 else c)
                         for c in s) + '"'


def canonical(v):
    """RFC 8785 (JCS) for JSON without floats."""
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, int):
        if abs(v) > MAX_SAFE:
            raise Fail("integer out of range: %d" % v)
        return str(v)
    if isinstance(v, str):
        return _str(v)
    if isinstance(v, list):
        return "[" + ",".join(canonical(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v, key=lambda k: k.encode("utf-16-be"))  # UTF-16 code unit order
        return "{" + ",".join(_str(k) + ":" + canonical(v[k]) for k in keys) + "}"
    raise Fail("unexpected JSON value %r" % (v,))


def parse_canonical(data, what):
    try:
        text = data.decode("utf-8")
        value = json.loads(text, parse_float=_reject_float, parse_int=_int,
                           parse_constant=_reject_float,
                           object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError) as e:
        raise Fail("%s are not JSON: %s" % (what, e))
    try:
        again = canonical(value).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate escape such as \ud800
        raise Fail("%s contain an invalid string" % what)
    if again != data:
        raise Fail("%s are not in canonical form" % what)
    if not isinstance(value, dict):
        raise Fail("%s are not a JSON object" % what)
    return value


RECORD_FIELDS = ["author", "body", "key_id", "kind", "time", "v"]
ENVELOPE_FIELDS = (["commitment", "time", "v"],
                   ["author", "commitment", "key_id", "time", "v"])
DISCLOSURE_FIELDS = ["author", "body", "key_id", "kind", "salt"]


def parse_canonical_record(data):
    """A v1 record, or a v2 envelope of a sealed record (docs/ledger.md 1.4)."""
    value = parse_canonical(data, "canonical_bytes")
    version = value.get("v")
    if type(version) is not int:
        raise Fail("canonical_bytes carry no integer version")
    if version == 1 and sorted(value) == RECORD_FIELDS:
        return value
    if version == 2 and sorted(value) in ENVELOPE_FIELDS:
        if not _hex64(value["commitment"]):
            raise Fail("the envelope's commitment is not 64 lowercase hex digits")
        return value
    if version not in (1, 2):
        raise Fail("unsupported record version %r" % version)
    raise Fail("canonical_bytes are not a record or a sealed record's envelope")


def _hex64(s):
    return isinstance(s, str) and len(s) == 64 and all(c in "0123456789abcdef" for c in s)


def open_disclosure(envelope, data):
    """Checks disclosure bytes against a sealed record's envelope; returns the disclosure."""
    disclosure = parse_canonical(data, "disclosure bytes")
    if sorted(disclosure) != DISCLOSURE_FIELDS or not _hex64(disclosure["salt"]):
        raise Fail("the disclosure is not {author, body, key_id, kind, salt}")
    if sha256(data).hex() != envelope["commitment"]:
        raise Fail("the disclosure does not hash to the envelope's commitment")
    if "author" in envelope and (envelope["author"], envelope["key_id"]) != (
            disclosure["author"], disclosure["key_id"]):
        raise Fail("the disclosure names another author or key than the envelope")
    return disclosure


# ---------------------------------------------------------------- Merkle proofs

def verify_inclusion(leaf, index, size, proof, root):
    """RFC 9162 section 2.1.3.2."""
    if index >= size:
        raise Fail("index %d not below tree size %d" % (index, size))
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            raise Fail("inclusion proof too long")
        if fn & 1 or fn == sn:
            r = node(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise Fail("inclusion proof too short")
    if r != root:
        raise Fail("inclusion proof does not lead to the checkpoint root")


def verify_consistency(first, second, first_hash, second_hash, proof):
    """RFC 9162 section 2.1.4.2 (plus the equal-size and empty-tree cases)."""
    if first > second:
        raise Fail("old size %d larger than new size %d" % (first, second))
    if first == second:
        if proof or first_hash != second_hash:
            raise Fail("equal sizes need equal roots and an empty proof")
        return
    if first == 0:
        if proof or first_hash != sha256(b""):
            raise Fail("proof from the empty tree must be empty")
        return
    if not proof:
        raise Fail("empty consistency proof")
    path = list(proof)
    if first & (first - 1) == 0:
        path.insert(0, first_hash)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise Fail("consistency proof too long")
        if fn & 1 or fn == sn:
            fr = node(c, fr)
            sr = node(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise Fail("consistency proof too short")
    if fr != first_hash:
        raise Fail("consistency proof does not lead to the old root")
    if sr != second_hash:
        raise Fail("consistency proof does not lead to the new root")


# ---------------------------------------------------------------- notes & keys

EM_DASH = "\u2014 "


def split_note(note):
    """Returns (text, [(name, key_hash, signature_bytes)]) of a C2SP signed note."""
    i = note.rfind("\n\n")
    if i < 0 or not note.endswith("\n"):
        raise Fail("not a signed note")
    text, sigs = note[:i + 1], []
    for line in note[i + 2:-1].split("\n"):
        if not line.startswith(EM_DASH) or " " not in line[2:]:
            raise Fail("bad signature line %r" % line)
        name, blob = line[2:].split(" ", 1)
        raw = b64(blob)
        if len(raw) < 5:
            raise Fail("short signature in %r" % line)
        sigs.append((name, raw[:4], raw[4:]))
    return text, sigs


def parse_checkpoint(text):
    lines = text[:-1].split("\n")
    if len(lines) < 3 or not lines[0]:
        raise Fail("checkpoint needs origin, size and root lines")
    size = lines[1]
    if not size.isdigit() or not size.isascii() or (len(size) > 1 and size[0] == "0"):
        raise Fail("bad checkpoint size %r" % size)
    root = b64(lines[2])
    if len(root) != 32:
        raise Fail("checkpoint root is not 32 bytes")
    return lines[0], int(size), root


def parse_verifier_key(vkey):
    """'<name>+<8 hex key hash>+<base64(0x01 || 32-byte Ed25519 key)>'."""
    try:
        name, hash_hex, key64 = vkey.split("+", 2)
    except ValueError:
        raise Fail("malformed verifier key")
    raw = b64(key64)
    if len(raw) != 33 or raw[0] != 1:
        raise Fail("verifier key is not an Ed25519 key")
    key_hash = sha256(name.encode() + b"\n" + raw)[:4]
    if len(hash_hex) != 8 or key_hash != bytes.fromhex(hash_hex):
        raise Fail("verifier key hash does not match its name and key")
    return name, key_hash, raw[1:]


def ed25519_check(pub, sig, msg, what):
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
        from cryptography.exceptions import InvalidSignature
    except ImportError:
        print("  NOT CHECKED: %s signature (install `cryptography`, or use --export "
              "and openssl)" % what)
        return
    try:
        Ed25519PublicKey.from_public_bytes(pub).verify(sig, msg)
    except InvalidSignature:
        raise Fail("%s signature does not verify" % what)
    print("  OK %s Ed25519 signature" % what)


def pem(pub):
    # SubjectPublicKeyInfo for Ed25519 (RFC 8410): fixed 12-byte prefix + raw key.
    der = bytes.fromhex("302a300506032b6570032100") + pub
    return ("-----BEGIN PUBLIC KEY-----\n" + base64.b64encode(der).decode()
            + "\n-----END PUBLIC KEY-----\n")


# ---------------------------------------------------------------- checks

class Verifier:
    def __init__(self, log_key=None, author_key=None, export=None):
        self.log_key = parse_verifier_key(log_key) if log_key else None
        self.author_key = author_key
        self.export = export
        self.roots = {}  # tree size -> root, from checkpoints seen

    def write(self, name, data):
        if self.export:
            os.makedirs(self.export, exist_ok=True)
            with open(os.path.join(self.export, name), "wb") as f:
                f.write(data)

    def checkpoint(self, note, label):
        text, sigs = split_note(note)
        origin, size, root = parse_checkpoint(text)
        print("  checkpoint %s: origin %s, size %d, root %s"
              % (label, origin, size, root.hex()))
        if self.log_key:
            name, key_hash, pub = self.log_key
            if origin != name:
                raise Fail("checkpoint origin %r is not the log key name %r" % (origin, name))
            mine = [s for (n, h, s) in sigs if n == name and h == key_hash]
            if not mine:
                raise Fail("checkpoint has no signature by the log key")
            for sig in mine:
                if len(sig) != 64:
                    raise Fail("log signature is not 64 bytes")
                ed25519_check(pub, sig, text.encode(), "log checkpoint")
                self.write("checkpoint-%d.msg" % size, text.encode())
                self.write("checkpoint-%d.sig" % size, sig)
                self.write("log.pem", pem(pub).encode())
        else:
            print("  NOT CHECKED: checkpoint signature (pass --log-key)")
        if self.roots.get(size, root) != root:
            raise Fail("two checkpoints of size %d with different roots" % size)
        self.roots[size] = root
        return size, root

    def record(self, r):
        index, size = r["index"], r["tree_size"]
        print("record %d (tree size %d)" % (index, size))
        data, sig = b64(r["canonical_bytes"]), b64(r["signature"])
        if len(sig) != 64:
            raise Fail("signature is not 64 bytes")
        value = parse_canonical_record(data)
        signer = value  # where the author and key id are read from
        if value["v"] == 1:
            shown = {k: value[k] for k in ("kind", "author", "key_id", "time", "body")}
            # Compare canonical forms: plain == would treat true and 1 as equal.
            if r.get("record") is not None and canonical(r["record"]) != canonical(shown):
                raise Fail("the record shown differs from the signed canonical bytes")
            print("  OK canonical bytes (%d bytes) encode the record" % len(data))
        else:
            print("  OK canonical bytes (%d bytes) are a sealed record's envelope (author %s)"
                  % (len(data), "shown" if "author" in value else "hidden"))
            if r.get("disclosure"):
                signer = open_disclosure(value, b64(r["disclosure"]))
                print("  OK disclosure (kind %s) hashes to the envelope's commitment"
                      % signer["kind"])
            else:
                print("  NOT DISCLOSED: the body (only its commitment is public)")
        leaf = sha256(b"\x00" + data + sig)
        if leaf.hex() != r["leaf_hash"].lower():
            raise Fail("leaf hash mismatch: computed %s" % leaf.hex())
        print("  OK leaf hash %s" % leaf.hex())
        self.write("record-%d.msg" % index, data)
        self.write("record-%d.sig" % index, sig)
        if self.author_key and "key_id" in signer:
            pub = bytes.fromhex(self.author_key) if len(self.author_key) == 64 \
                else b64(self.author_key)
            if hashlib.sha256(pub).digest()[:8].hex() != signer["key_id"]:
                raise Fail("record key_id %s is not the id of the author key"
                           % signer["key_id"])
            ed25519_check(pub, sig, data, "author record")
            self.write("author.pem", pem(pub).encode())
        elif self.author_key:
            print("  NOT CHECKED: author signature (the author is hidden and not disclosed)")
        cp_size, root = self.checkpoint(r["checkpoint"], "for record %d" % index)
        if cp_size != size:
            raise Fail("tree_size %d differs from the checkpoint size %d" % (size, cp_size))
        verify_inclusion(leaf, index, size, [b64(p) for p in r["inclusion_proof"]], root)
        print("  OK inclusion proof (%d hashes) leads to the checkpoint root"
              % len(r["inclusion_proof"]))

    def consistency(self, c):
        m, n = c["from"], c["to"]
        print("consistency %d -> %d" % (m, n))
        r1, r2 = b64(c["from_root"]), b64(c["to_root"])
        verify_consistency(m, n, r1, r2, [b64(p) for p in c["proof"]])
        print("  OK consistency proof (%d hashes)" % len(c["proof"]))
        return m, n, r1, r2

    def anchor(self, m, n, r1, r2):
        for size, root, label in ((m, r1, "from_root"), (n, r2, "to_root")):
            if size in self.roots:
                if self.roots[size] != root:
                    raise Fail("%s differs from the checkpoint of size %d" % (label, size))
                print("  OK %s matches the checkpoint of size %d" % (label, size))
            else:
                print("  NOTE: no checkpoint of size %d given; compare %s yourself"
                      % (size, label))


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        doc = json.loads(text)
    except ValueError:
        return [{"checkpoint": text}]  # a bare signed note
    return doc if isinstance(doc, list) else [doc]


def main(argv):
    files, opts, i = [], {}, 0
    while i < len(argv):
        a = argv[i]
        if a in ("--log-key", "--author-key", "--export"):
            if i + 1 >= len(argv):
                sys.exit("%s needs a value" % a)
            opts[a[2:].replace("-", "_")] = argv[i + 1]
            i += 2
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            files.append(a)
            i += 1
    if not files:
        print(__doc__)
        return 2
    v = Verifier(**opts)
    try:
        docs = [d for path in files for d in load(path)]
        consistency = []
        for d in docs:
            if "inclusion_proof" in d:
                v.record(d)
            elif "proof" in d and "from" in d:
                consistency.append(v.consistency(d))
            elif "checkpoint" in d:
                print("checkpoint")
                v.checkpoint(d["checkpoint"], "given")
            else:
                raise Fail("unrecognised document with keys %s" % sorted(d))
        # Anchor consistency proofs once every checkpoint has been read.
        for c in consistency:
            print("consistency %d -> %d against checkpoints" % (c[0], c[1]))
            v.anchor(*c)
    except (Fail, KeyError, TypeError, ValueError, AttributeError) as e:
        print("FAIL: %s" % (e if isinstance(e, Fail) else "malformed input: %r" % e))
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

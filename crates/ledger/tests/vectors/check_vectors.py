#!/usr/bin/env python3
"""Independent check of the gsi-ledger test vectors (canonical.json, records.json, sealed.json).

Written separately from the Rust code, using only the Python standard library
(hashlib, json); Ed25519 is checked too when the `cryptography` package is installed.
Exit status 0 = all vectors agree with this implementation.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_SAFE = 2**53 - 1


class Reject(Exception):
    pass


def _float(text):
    raise Reject("float " + text)


def _int(text):
    # JSON "-0" is IEEE negative zero in JavaScript (a float), so it is rejected too.
    if text == "-0":
        raise Reject("negative zero")
    return int(text)


def parse(text):
    return json.loads(text, parse_float=_float, parse_int=_int,
                      parse_constant=_float)


SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n",
         "\f": "\\f", "\r": "\\r"}


def esc(s):
    out = ['"']
    for ch in s:
        if ch in SHORT:
            out.append(SHORT[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canon(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, float):
        raise Reject("float %r" % v)
    if isinstance(v, int):
        if abs(v) > MAX_SAFE:
            raise Reject("integer out of range %d" % v)
        return str(v)
    if isinstance(v, str):
        return esc(v)
    if isinstance(v, list):
        return "[" + ",".join(canon(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(esc(k) + ":" + canon(v[k]) for k in keys) + "}"
    raise TypeError(type(v))


def check_canonical():
    with open(os.path.join(HERE, "canonical.json"), encoding="utf-8") as f:
        raw = f.read()
    # Parse the file with plain json so that rejected inputs (floats) still load.
    cases = json.loads(raw)["cases"]
    n = 0
    for case in cases:
        name = case["name"]
        try:
            if "input_text" in case:
                value = parse(case["input_text"])
            else:
                # Round-trip through text so floats/ints are classified by our parser.
                value = parse(json.dumps(case["input"]))
            got = canon(value)
        except Reject as e:
            got = None
            why = str(e)
        want = case["canonical"]
        if got != want:
            sys.exit("canonical.json case %r: got %r, want %r%s" % (
                name, got, want, "" if got else " (" + why + ")"))
        n += 1
    print("canonical.json: %d cases agree" % n)


def check_records():
    with open(os.path.join(HERE, "records.json"), encoding="utf-8") as f:
        vec = json.load(f)
    rec = vec["record"]
    signed = dict(rec)
    signed["v"] = 1
    signed_bytes = canon(signed).encode("utf-8")
    assert signed_bytes == vec["signed_bytes"].encode("utf-8"), "signed_bytes differ"
    sig = bytes.fromhex(vec["signature_hex"])
    assert len(sig) == 64
    leaf = hashlib.sha256(b"\x00" + signed_bytes + sig).hexdigest()
    assert leaf == vec["leaf_hash_hex"], "leaf hash differs: " + leaf
    pub = bytes.fromhex(vec["public_key_hex"])
    kid = hashlib.sha256(pub).digest()[:8].hex()
    assert kid == vec["key_id"] == rec["key_id"], "key id differs: " + kid
    print("records.json: signed_bytes, leaf hash and key id agree")
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import (
            Ed25519PrivateKey, Ed25519PublicKey)
        from cryptography.hazmat.primitives.serialization import (
            Encoding, PublicFormat)
    except ImportError:
        print("records.json: Ed25519 not checked (cryptography not installed)")
        return
    sk = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(vec["seed_hex"]))
    derived = sk.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert derived == pub, "public key differs"
    # Ed25519 is deterministic: signing again must give the committed signature.
    assert sk.sign(signed_bytes) == sig, "signature differs"
    Ed25519PublicKey.from_public_bytes(pub).verify(sig, signed_bytes)
    print("records.json: Ed25519 public key and signature agree (cryptography)")


def check_sealed():
    with open(os.path.join(HERE, "sealed.json"), encoding="utf-8") as f:
        vec = json.load(f)
    for case in vec["cases"]:
        rec = case["record"]
        disclosure = {"author": rec["author"], "body": rec["body"],
                      "key_id": rec["key_id"], "kind": rec["kind"],
                      "salt": case["salt_hex"]}
        disclosed = canon(disclosure).encode("utf-8")
        assert disclosed == case["disclosure"].encode("utf-8"), "disclosure differs"
        commitment = hashlib.sha256(disclosed).hexdigest()
        assert commitment == case["commitment_hex"], "commitment differs"
        envelope = {"v": 2, "time": rec["time"], "commitment": commitment}
        if case["show_author"]:
            envelope["author"] = rec["author"]
            envelope["key_id"] = rec["key_id"]
        envelope_bytes = canon(envelope).encode("utf-8")
        assert envelope_bytes == case["envelope"].encode("utf-8"), "envelope differs"
        assert rec["body"]["title"] not in case["envelope"], "the envelope shows the body"
        sig = bytes.fromhex(case["signature_hex"])
        leaf = hashlib.sha256(b"\x00" + envelope_bytes + sig).hexdigest()
        assert leaf == case["leaf_hash_hex"], "leaf hash differs: " + leaf
        try:
            from cryptography.hazmat.primitives.asymmetric.ed25519 import (
                Ed25519PrivateKey)
        except ImportError:
            continue
        sk = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(vec["seed_hex"]))
        assert sk.sign(envelope_bytes) == sig, "envelope signature differs"
    print("sealed.json: %d cases: disclosure, commitment, envelope and leaf hash agree"
          % len(vec["cases"]))


if __name__ == "__main__":
    check_canonical()
    check_records()
    check_sealed()
    print("all vectors OK")

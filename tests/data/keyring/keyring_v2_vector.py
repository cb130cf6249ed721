#!/usr/bin/env python3
"""Builds the keyring version 2 test vector of docs/security.md with an implementation
independent of MediLock's (Python hashlib scrypt, pyca/cryptography X25519, HKDF, AES-GCM).

Prints the inputs and the file as hex; tst_Keyring::documentedVector parses the same bytes
with crypto::Keyring and checks what it unlocks. Run: python3 keyring_v2_vector.py
"""
import hashlib
import struct

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NAME = b"alice"
PASSPHRASE = b"correct horse battery staple"
LOG_N, R, P = 10, 8, 1
GENERATION = 7
SALT = bytes(range(0x10, 0x20))
SLOT_PRIVATE = bytes(range(0x20, 0x40))
SEAL_NONCE = bytes(range(0x40, 0x4C))
DATABASE_KEY = bytes(range(0x60, 0x80))
SIGNING_SEED = bytes(range(0x80, 0xA0))
EPHEMERAL_PRIVATE = bytes(range(0xA0, 0xC0))
WRAP_NONCE = bytes(range(0xC0, 0xCC))


def raw_public(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def main() -> None:
    slot_public = raw_public(SLOT_PRIVATE)
    # The slot: header, then the sealed secrets bound to it.
    head = bytes([len(NAME)]) + NAME + bytes([2, 1, LOG_N, R, P]) + SALT + slot_public
    aad = b"medilock/keyring/v2" + head
    key = hashlib.scrypt(PASSPHRASE, salt=SALT, n=1 << LOG_N, r=R, p=P, maxmem=64 << 20, dklen=32)
    plain = bytes([2]) + SLOT_PRIVATE + SIGNING_SEED + bytes([0])
    sealed = SEAL_NONCE + AESGCM(key).encrypt(SEAL_NONCE, plain, aad)
    # The database key wrapped to the slot's public key.
    ephemeral_public = raw_public(EPHEMERAL_PRIVATE)
    shared = X25519PrivateKey.from_private_bytes(EPHEMERAL_PRIVATE).exchange(
        X25519PublicKey.from_public_bytes(slot_public))
    kek = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + slot_public,
               info=b"medilock/keyring/v2/wrap").derive(shared)
    context = b"medilock/keyring/v2/wrap" + bytes([len(NAME)]) + NAME + struct.pack(">I", GENERATION)
    wrap = ephemeral_public + WRAP_NONCE + AESGCM(kek).encrypt(WRAP_NONCE, DATABASE_KEY, context)
    body = head + struct.pack(">H", len(sealed)) + sealed + wrap
    file = b"MLKEYRNG" + bytes([2, 1]) + struct.pack(">I", GENERATION) + bytes([0]) + body
    for label, value in [("slot public key", slot_public), ("ephemeral public key", ephemeral_public),
                         ("sealed", sealed), ("wrap", wrap), ("file", file)]:
        print(f"{label} ({len(value)} bytes):")
        hexed = value.hex()
        for i in range(0, len(hexed), 64):
            print("  " + hexed[i:i + 64])


if __name__ == "__main__":
    main()

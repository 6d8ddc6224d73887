// The names of the streams in an OLE compound file (CFB): enough to tell a Word 97 document
// (`WordDocument`), an encrypted OOXML package (`EncryptionInfo` + `EncryptedPackage`, what Office
// writes for a password-protected .docx) and a Microsoft Works file (`MatOST`, `CONTENTS`) apart
// before handing the bytes to a full parser. Bounded by the file size so a corrupt chain ends.

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;

export function oleStreamNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - 512) / sectorSize) + 1;
  const sectorOffset = (s: number) => 512 + s * sectorSize;
  const validSector = (s: number) =>
    s < sectorCount && sectorOffset(s) + sectorSize <= bytes.length;

  // FAT sectors: the first 109 listed in the header, the rest in the DIFAT chain
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (s === FREESECT || s === ENDOFCHAIN) break;
    fatSectors.push(s);
  }
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; difat !== ENDOFCHAIN && difat !== FREESECT && guard < sectorCount; guard++) {
    if (!validSector(difat)) break;
    const base = sectorOffset(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) {
      const s = view.getUint32(base + i * 4, true);
      if (s !== FREESECT && s !== ENDOFCHAIN) fatSectors.push(s);
    }
    difat = view.getUint32(base + sectorSize - 4, true);
  }
  const nextSector = (s: number): number => {
    const perSector = sectorSize / 4;
    const fatIndex = Math.floor(s / perSector);
    const fs = fatSectors[fatIndex];
    if (fs === undefined || !validSector(fs)) return ENDOFCHAIN;
    return view.getUint32(sectorOffset(fs) + (s % perSector) * 4, true);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  let dir = view.getUint32(0x30, true);
  while (dir !== ENDOFCHAIN && validSector(dir) && !seen.has(dir)) {
    seen.add(dir);
    const base = sectorOffset(dir);
    for (let e = 0; e < sectorSize / 128; e++) {
      const entry = base + e * 128;
      const type = bytes[entry + 0x42];
      const nameBytes = view.getUint16(entry + 0x40, true);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let i = 0; i < nameBytes / 2 - 1; i++) {
        name += String.fromCharCode(view.getUint16(entry + i * 2, true));
      }
      names.push(name);
    }
    dir = nextSector(dir);
  }
  return names;
}

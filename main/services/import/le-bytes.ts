// Little-endian reads that never throw: outside the bytes they give 0, so parsers of damaged
// binary files run to their (bounded) end instead of failing halfway with a RangeError.

export class Bytes {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u8 = (at: number) => (at >= 0 && at < this.bytes.length ? this.bytes[at] : 0);
  u16 = (at: number) =>
    at >= 0 && at + 2 <= this.bytes.length ? this.view.getUint16(at, true) : 0;
  i16 = (at: number) => (at >= 0 && at + 2 <= this.bytes.length ? this.view.getInt16(at, true) : 0);
  u32 = (at: number) =>
    at >= 0 && at + 4 <= this.bytes.length ? this.view.getUint32(at, true) : 0;
  i32 = (at: number) => (at >= 0 && at + 4 <= this.bytes.length ? this.view.getInt32(at, true) : 0);
}

// Files in and out of the page: a picked File to the API's base64 payload, and the API's bytes to
// a download named after the draft (browser mode; Electron turns the download into a save dialog).

import type { FilePayload } from '../shared/api';

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function filePayload(file: File): Promise<FilePayload> {
  return { name: file.name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

export function download(fileName: string, data: string, type: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(data)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const yml = readFileSync('electron-builder.yml', 'utf8');

describe('electron-builder.yml', () => {
  it('uses the Chinese product name', () => {
    expect(yml).toMatch(/^productName: 公文起草助手$/m);
  });

  it('builds an NSIS installer and a portable .exe for Windows', () => {
    expect(yml).toMatch(/^win:[\s\S]*- target: nsis[\s\S]*- target: portable/m);
  });

  it('builds deb and AppImage for x64 and arm64 on Linux', () => {
    const linux = yml.slice(yml.indexOf('\nlinux:'));
    expect(linux).toMatch(/- target: deb\s+arch: \[x64, arm64\]/);
    expect(linux).toMatch(/- target: AppImage\s+arch: \[x64, arm64\]/);
  });

  it('ships the templates and the pdfjs CMaps as resources next to the bundles', () => {
    expect(yml).toMatch(/- from: templates\s+to: templates/);
    expect(yml).toMatch(/- from: node_modules\/pdfjs-dist\/cmaps/);
    expect(yml).toMatch(/- dist\/main\/\*\*/);
    expect(yml).toMatch(/- dist\/renderer\/\*\*/);
  });

  it('keeps the packages the reader workers load by path outside the asar', () => {
    const unpacked = yml.slice(yml.indexOf('\nasarUnpack:'), yml.indexOf('\nasar:'));
    expect(unpacked).toMatch(/- node_modules\/pdfjs-dist\/\*\*/);
    expect(unpacked).toMatch(/- node_modules\/word-extractor\/\*\*/);
  });
});

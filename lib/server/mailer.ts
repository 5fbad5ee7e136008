import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

let transport: { url: string; transporter: Transporter } | undefined;

export function isMailConfigured(): boolean {
  return !!env().SMTP_URL;
}

/** Sends a plain-text message through SMTP_URL; rejects when the server refuses or cannot be reached. */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  const { SMTP_URL: url, SMTP_FROM: from } = env();
  if (!url) throw new Error('SMTP_URL is not set');
  if (transport?.url !== url) {
    transport?.transporter.close();
    transport = { url, transporter: nodemailer.createTransport(url) };
  }
  await transport.transporter.sendMail({ from, ...message });
}

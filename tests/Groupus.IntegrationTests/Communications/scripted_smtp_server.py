"""A real SMTP server (aiosmtpd, Debian python3-aiosmtpd) on a loopback port the OS picks, scripted by a test.

Usage: scripted_smtp_server.py PLAN_JSON RECEIVED_JSONL [CERT_PEM KEY_PEM]
  PLAN_JSON: {"data": ["451 4.3.0 Try later", "drop", ...],  replies to each DATA in turn (then 250),
              "refuse": {"address": "550 5.1.1 No such user"}}  replies at RCPT for the addresses named
  RECEIVED_JSONL: one line per message whose data arrived (also those answered "drop" or 4xx/5xx):
              {"rcpt": [...], "message_id": "...", "reply": "..."}
  CERT_PEM KEY_PEM: offer STARTTLS with this certificate and require it before MAIL.
Prints "port=N" once listening.
"""
import asyncio
import email
import json
import ssl
import sys

from aiosmtpd.smtp import SMTP


class ScriptedHandler:
    def __init__(self, plan, received_path):
        self.data_replies = list(plan.get("data", []))
        self.refused = {k.lower(): v for k, v in plan.get("refuse", {}).items()}
        self.received_path = received_path

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.refused.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        reply = self.data_replies.pop(0) if self.data_replies else "250 2.0.0 Queued"
        message = email.message_from_bytes(envelope.original_content or envelope.content)
        with open(self.received_path, "a", encoding="utf-8") as received:
            received.write(json.dumps({
                "rcpt": envelope.rcpt_tos,
                "message_id": message.get("Message-ID", ""),
                "subject": message.get("Subject", ""),
                "tls": session.ssl is not None,
                "reply": reply,
            }) + "\n")
        if reply == "drop":
            # The whole message arrived; the connection goes before the answer does.
            server.transport.abort()
            return "250 2.0.0 Never heard"
        return reply


async def main():
    plan = json.loads(sys.argv[1])
    handler = ScriptedHandler(plan, sys.argv[2])
    tls = None
    if len(sys.argv) > 4:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(sys.argv[3], sys.argv[4])
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="localhost", tls_context=tls, require_starttls=tls is not None),
        host="127.0.0.1", port=0)
    print("port=%d" % server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())

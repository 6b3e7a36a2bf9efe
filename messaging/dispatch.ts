/**
 * Routes a validated request to the handler for its type. A handler map must
 * cover every request type of its direction, and each handler must return that
 * type's response, so adding a message type is a compile error until it is handled.
 */
type MessageMap<Map> = { [K in keyof Map]: { request: { type: K }; response: unknown } };

export type Handlers<Map extends MessageMap<Map>, Context> = {
  [K in keyof Map]: (request: Map[K]['request'], context: Context) => Promise<Map[K]['response']> | Map[K]['response'];
};

export function dispatch<Map extends MessageMap<Map>, Context>(handlers: Handlers<Map, Context>, request: Map[keyof Map]['request'], context: Context): Promise<Map[keyof Map]['response']> {
  const handler = handlers[request.type as keyof Map] as (request: Map[keyof Map]['request'], context: Context) => Map[keyof Map]['response'];
  return Promise.resolve(handler(request, context));
}

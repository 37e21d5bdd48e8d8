import { callQueryProtocol } from "../aws/callQueryProtocol";
import { xmlElement } from "../aws/xmlElement";
import { arnName, ignoredProperties, type Provisioner } from "./provisioner";
import { snsAttributeParams } from "./snsAttributes";

const SNS_VERSION = "2010-03-31";
/** `AWS::SNS::Topic` properties that are CreateTopic attributes of the same name. */
const TOPIC_ATTRIBUTES = ["DisplayName", "FifoTopic", "ContentBasedDeduplication", "KmsMasterKeyId", "SignatureVersion", "TracingConfig", "ArchivePolicy"];

/**
 * `AWS::SNS::Topic` → CreateTopic (idempotent in SNS for the same attributes), then Subscribe for
 * each entry of its `Subscription` property (`{Endpoint, Protocol}`).
 */
export const snsTopic: Provisioner = {
  service: "sns",
  async provision({ resource, caller }) {
    const props = resource.properties;
    const name = resource.attributes["TopicName"] ?? arnName(resource.physicalId);
    const xml = await callQueryProtocol(caller, "sns", SNS_VERSION, "CreateTopic", { Name: name, ...snsAttributeParams(props, TOPIC_ATTRIBUTES) });
    const topicArn = xmlElement(xml, "TopicArn") ?? resource.physicalId;
    const subscriptions = (props["Subscription"] as { Endpoint?: string; Protocol?: string }[] | undefined) ?? [];
    for (const subscription of subscriptions) {
      await callQueryProtocol(caller, "sns", SNS_VERSION, "Subscribe", {
        TopicArn: resource.physicalId,
        Protocol: subscription.Protocol ?? "",
        Endpoint: subscription.Endpoint ?? "",
        ReturnSubscriptionArn: "true",
      });
    }
    return { status: "created", serviceId: topicArn, ignoredProperties: ignoredProperties(resource, ["TopicName", "Subscription", ...TOPIC_ATTRIBUTES]) };
  },
};

import { callQueryProtocol } from "../aws/callQueryProtocol";
import { xmlElement } from "../aws/xmlElement";
import { ignoredProperties, type Provisioner } from "./provisioner";
import { snsAttributeParams } from "./snsAttributes";

/** `AWS::SNS::Subscription` properties that are subscription attributes of the same name. */
const SUBSCRIPTION_ATTRIBUTES = ["DeliveryPolicy", "FilterPolicy", "FilterPolicyScope", "RawMessageDelivery", "RedrivePolicy", "SubscriptionRoleArn", "ReplayPolicy"];

/** `AWS::SNS::Subscription` → Subscribe with its attributes (SNS returns the existing subscription when it is the same). */
export const snsSubscription: Provisioner = {
  service: "sns",
  async provision({ resource, caller }) {
    const props = resource.properties;
    const xml = await callQueryProtocol(caller, "sns", "2010-03-31", "Subscribe", {
      TopicArn: String(props["TopicArn"] ?? ""),
      Protocol: String(props["Protocol"] ?? ""),
      ...(props["Endpoint"] === undefined ? {} : { Endpoint: String(props["Endpoint"]) }),
      ReturnSubscriptionArn: "true",
      ...snsAttributeParams(props, SUBSCRIPTION_ATTRIBUTES),
    });
    const arn = xmlElement(xml, "SubscriptionArn");
    return {
      status: "created",
      ...(arn === undefined ? {} : { serviceId: arn }),
      ignoredProperties: ignoredProperties(resource, ["TopicArn", "Protocol", "Endpoint", ...SUBSCRIPTION_ATTRIBUTES]),
    };
  },
};

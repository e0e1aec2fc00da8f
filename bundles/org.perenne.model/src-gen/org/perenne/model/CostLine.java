/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cost Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cost a reimbursement grant can name as eligible (staff, fixed cost, investment).
 * <!-- end-model-doc -->
 *
 *
 * @see org.perenne.model.PerennePackage#getCostLine()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface CostLine extends EObject {
} // CostLine
